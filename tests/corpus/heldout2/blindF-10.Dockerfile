# corpus: modelled-on=python worker image with dumb-init and gosu; arch from uname -m / read from dpkg inside the RUN
# corpus: expect=
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl python3 python3-venv \
 && rm -rf /var/lib/apt/lists/*

# dumb-init names assets after `uname -m` (x86_64 / aarch64); gosu after dpkg (amd64 / arm64)
RUN set -eux; \
    ARCH="$(uname -m)"; \
    read -r DPKG_ARCH < <(dpkg --print-architecture); \
    curl -fsSL -o /usr/local/bin/dumb-init \
      "https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_${ARCH}"; \
    curl -fsSL -o /usr/local/bin/gosu \
      "https://github.com/tianon/gosu/releases/download/1.17/gosu-${DPKG_ARCH}"; \
    chmod +x /usr/local/bin/dumb-init /usr/local/bin/gosu; \
    gosu nobody true

RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
COPY worker/ /opt/worker/
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["/usr/local/bin/dumb-init", "--", "docker-entrypoint.sh"]
CMD ["python3", "-m", "worker"]
