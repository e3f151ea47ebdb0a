# corpus: modelled-on=Home Assistant add-on on Debian base with per-arch BUILD_FROM default (ghcr.io/home-assistant/{arch}-base-debian)
# corpus: expect=AL209@7
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
# The default only makes sense for a quick local `docker build` on a PC;
# the HA builder passes the right per-arch base.
ARG BUILD_FROM=ghcr.io/home-assistant/amd64-base-debian:bookworm
FROM ${BUILD_FROM}

ARG TINI_VERSION=v0.19.0
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates curl python3 python3-venv libgpiod2 \
    && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    curl -fsSLo /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-${dpkgArch}"; \
    chmod +x /usr/local/bin/tini

COPY requirements.txt /tmp/
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt

COPY rootfs /
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["/run.sh"]
