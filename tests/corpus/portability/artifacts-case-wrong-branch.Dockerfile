# corpus: modelled-on=a case mapping whose default branch downloads the x86-64 build
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      arm64) ETCD_ARCH=arm64 ;; \
      *) ETCD_ARCH=amd64 ;; \
    esac; \
    curl -fsSL "https://github.com/etcd-io/etcd/releases/download/v3.5.14/etcd-v3.5.14-linux-${ETCD_ARCH}.tar.gz" | tar -xz -C /usr/local/bin --strip-components=1
