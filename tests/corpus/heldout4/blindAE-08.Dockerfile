# corpus: modelled-on=docs build image installing pandoc .deb, architecture taken from dpkg and the file kept under a neutral name
# corpus: expect=
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates make \
 && rm -rf /var/lib/apt/lists/*

ARG PANDOC_VERSION=3.1.11.1
# release assets exist for amd64 and arm64 (pandoc-X-1-amd64.deb / pandoc-X-1-arm64.deb)
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    curl -fsSL -o /tmp/pkg.deb \
      https://github.com/jgm/pandoc/releases/download/${PANDOC_VERSION}/pandoc-${PANDOC_VERSION}-1-${arch}.deb

COPY requirements-docs.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements-docs.txt

RUN dpkg -i /tmp/pkg.deb \
 && rm -f /tmp/pkg.deb \
 && pandoc --version

WORKDIR /docs
COPY . .
USER nobody
CMD ["make", "html"]
