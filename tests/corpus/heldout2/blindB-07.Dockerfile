# corpus: modelled-on=s6-overlay install scripts mapping TARGETARCH to s6 arch names (x86_64/aarch64/armhf)
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETARCH
ARG S6_OVERLAY_VERSION=3.2.0.2

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl xz-utils cron \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    base="https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}"; \
    case "${TARGETARCH}" in \
      amd64) s6_url="${base}/s6-overlay-x86_64.tar.xz" ;; \
      arm64) s6_url="${base}/s6-overlay-aarch64.tar.xz" ;; \
      arm)   s6_url="${base}/s6-overlay-armhf.tar.xz" ;; \
      *) echo "unsupported TARGETARCH: ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "${base}/s6-overlay-noarch.tar.xz" | tar -C / -Jxpf -; \
    curl -fsSL "${s6_url}" | tar -C / -Jxpf -

COPY --chmod=0755 services/ /etc/s6-overlay/s6-rc.d/
ENV S6_CMD_WAIT_FOR_SERVICES_MAXTIME=0
ENTRYPOINT ["/init"]
