# corpus: modelled-on=GESIS-Methods-Hub/repo2docker_base_image_with_quarto Dockerfile, rewritten to use the dpkg arch
# corpus: expect=
FROM buildpack-deps:bookworm-curl

ARG QUARTO_VERSION=1.8.25

RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pip python3-venv \
    && rm -rf /var/lib/apt/lists/*

# release assets: quarto-<ver>-linux-amd64.deb / quarto-<ver>-linux-arm64.deb
RUN set -eux; \
    deb_arch="$(dpkg --print-architecture)"; \
    curl -fsSL -o /tmp/quarto.deb \
      "https://github.com/quarto-dev/quarto-cli/releases/download/v${QUARTO_VERSION}/quarto-${QUARTO_VERSION}-linux-${deb_arch}.deb"; \
    dpkg -i /tmp/quarto.deb; \
    rm /tmp/quarto.deb; \
    quarto check install

RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir jupyter matplotlib pandas
ENV PATH=/opt/venv/bin:$PATH QUARTO_PYTHON=/opt/venv/bin/python

WORKDIR /site
COPY . /site
CMD ["quarto", "render"]
