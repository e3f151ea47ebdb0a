# corpus: modelled-on=TARGETARCH mapped to uname spelling with a case, then used
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
RUN case "${TARGETARCH}" in \
      amd64) COMPOSE_ARCH=x86_64 ;; \
      arm64) COMPOSE_ARCH=aarch64 ;; \
      *) echo "unsupported: ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSLo /usr/local/bin/docker-compose "https://github.com/docker/compose/releases/download/v2.27.1/docker-compose-linux-${COMPOSE_ARCH}" \
 && chmod +x /usr/local/bin/docker-compose
