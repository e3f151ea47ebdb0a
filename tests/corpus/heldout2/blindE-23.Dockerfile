# corpus: modelled-on=prometheus node_exporter sidecar image (uname -m -> Go arch asset names), Power/Z + arm64
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/ppc64le,linux/s390x
FROM ubuntu:24.04

ARG NODE_EXPORTER_VERSION=1.8.2
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

RUN set -eu; \
    machine="$(uname -m)"; \
    case "$machine" in \
      x86_64)  pArch=amd64 ;; \
      aarch64) pArch=arm64 ;; \
      armv7l)  pArch=armv7 ;; \
      ppc64le) pArch=ppc64le ;; \
      s390x)   pArch=s390x ;; \
      *) echo "unknown machine $machine" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/prometheus/node_exporter/releases/download/v${NODE_EXPORTER_VERSION}/node_exporter-${NODE_EXPORTER_VERSION}.linux-${pArch}.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin "node_exporter-${NODE_EXPORTER_VERSION}.linux-${pArch}/node_exporter"

USER nobody
EXPOSE 9100
ENTRYPOINT ["/usr/local/bin/node_exporter"]
CMD ["--path.rootfs=/host"]
