# corpus: modelled-on=s6-overlay based service image (linuxserver.io-style base), arch chosen with uname -m in the target stage
# corpus: expect=
FROM debian:bookworm-slim
ARG S6_OVERLAY_VERSION=3.1.6.2
ENV S6_BEHAVIOUR_IF_STAGE2_FAILS=2 \
    S6_CMD_WAIT_FOR_SERVICES_MAXTIME=0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl xz-utils tzdata \
 && rm -rf /var/lib/apt/lists/*
# This stage runs as the target platform, so uname -m reports the target CPU.
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  s6_arch=x86_64 ;; \
      aarch64) s6_arch=aarch64 ;; \
      armv7l)  s6_arch=armhf ;; \
      *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;; \
    esac; \
    base="https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}"; \
    curl -fsSL "${base}/s6-overlay-noarch.tar.xz" | tar -C / -Jxp; \
    curl -fsSL "${base}/s6-overlay-${s6_arch}.tar.xz" | tar -C / -Jxp
COPY rootfs/ /
RUN useradd -u 911 -U -d /config -s /bin/false abc && mkdir -p /config
VOLUME /config
EXPOSE 8096
ENTRYPOINT ["/init"]
