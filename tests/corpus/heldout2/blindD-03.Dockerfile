# corpus: modelled-on=dockersecureimages/node-exporter Dockerfile, rewritten with the apk --print-arch case used by the official hashicorp/vault image
# corpus: expect=
FROM alpine:3.20

ARG NODE_EXPORTER_VERSION=1.8.2

RUN set -eux; \
    apk add --no-cache ca-certificates curl tar; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
      x86_64)  neArch='amd64' ;; \
      aarch64) neArch='arm64' ;; \
      armv7)   neArch='armv7' ;; \
      *) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \
    esac; \
    curl -fsSLO "https://github.com/prometheus/node_exporter/releases/download/v${NODE_EXPORTER_VERSION}/node_exporter-${NODE_EXPORTER_VERSION}.linux-${neArch}.tar.gz"; \
    tar -xzf "node_exporter-${NODE_EXPORTER_VERSION}.linux-${neArch}.tar.gz" --strip-components=1 -C /usr/local/bin \
        "node_exporter-${NODE_EXPORTER_VERSION}.linux-${neArch}/node_exporter"; \
    rm -f node_exporter-*.tar.gz; \
    apk del curl tar; \
    node_exporter --version

EXPOSE 9100
USER nobody
ENTRYPOINT ["/usr/local/bin/node_exporter"]
CMD ["--path.rootfs=/host"]
