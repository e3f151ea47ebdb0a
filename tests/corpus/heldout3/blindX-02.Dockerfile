# corpus: modelled-on=prometheus/node_exporter release tarballs installed on debian with a dpkg-arch case (docker-library style)
# corpus: expect=
FROM debian:bookworm-slim

ARG NODE_EXPORTER_VERSION=1.8.1
# the textfile collector scripts are Architecture: all, one file for every platform
ARG COLLECTORS_DEB=prometheus-node-exporter-collectors_0.0~git20230203.6f710f8-1_all.deb

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
      amd64) neArch='amd64' ;; \
      arm64) neArch='arm64' ;; \
      armhf) neArch='armv7' ;; \
      *) echo >&2 "unsupported architecture: ${dpkgArch}"; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/prometheus/node_exporter/releases/download/v${NODE_EXPORTER_VERSION}/node_exporter-${NODE_EXPORTER_VERSION}.linux-${neArch}.tar.gz" \
      | tar -xz -C /usr/local/bin --strip-components=1 "node_exporter-${NODE_EXPORTER_VERSION}.linux-${neArch}/node_exporter"; \
    curl -fsSLo "/tmp/${COLLECTORS_DEB}" "http://deb.debian.org/debian/pool/main/p/prometheus-node-exporter-collectors/${COLLECTORS_DEB}"; \
    apt-get install -y --no-install-recommends "/tmp/${COLLECTORS_DEB}"; \
    if [ "$dpkgArch" = "amd64" ]; then apt-get install -y --no-install-recommends msr-tools; fi; \
    rm -rf /tmp/*.deb /var/lib/apt/lists/*

RUN useradd --system --no-create-home --shell /usr/sbin/nologin node_exporter \
 && mkdir -p /var/lib/node_exporter/textfile_collector \
 && chown node_exporter /var/lib/node_exporter/textfile_collector

USER node_exporter
EXPOSE 9100
HEALTHCHECK CMD curl -fs http://localhost:9100/metrics >/dev/null || exit 1
ENTRYPOINT ["/usr/local/bin/node_exporter"]
CMD ["--collector.textfile.directory=/var/lib/node_exporter/textfile_collector"]
