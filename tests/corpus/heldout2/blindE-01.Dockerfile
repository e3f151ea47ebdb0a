# corpus: modelled-on=Home Assistant add-on (Alpine base, s6-overlay v3 via apk --print-arch), e.g. hassio-addons style
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6,linux/386
ARG BUILD_FROM=alpine:3.20
# hadolint ignore=DL3006
FROM ${BUILD_FROM}

# Supervisor builds this for amd64, aarch64, armv7, armhf and i386
ARG S6_OVERLAY_VERSION=3.2.0.2
ENV LANG=C.UTF-8 \
    S6_CMD_WAIT_FOR_SERVICES_MAXTIME=0

RUN apk add --no-cache bash curl jq tzdata xz mosquitto-clients

# apk names: x86_64, aarch64, armv7 (arm/v7), armhf (arm/v6), x86 (386)
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
        x86_64)  s6Arch='x86_64' ;; \
        aarch64) s6Arch='aarch64' ;; \
        armv7)   s6Arch='arm' ;; \
        armhf)   s6Arch='armhf' ;; \
        x86)     s6Arch='i686' ;; \
        *) echo >&2 "unsupported architecture: $apkArch"; exit 1 ;; \
    esac; \
    base="https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}"; \
    curl -fsSL "$base/s6-overlay-noarch.tar.xz" | tar -C / -Jxpf -; \
    curl -fsSL "$base/s6-overlay-${s6Arch}.tar.xz" | tar -C / -Jxpf -

COPY rootfs /
WORKDIR /data

LABEL io.hass.type="addon" \
      io.hass.arch="armhf|armv7|aarch64|amd64|i386"
ENTRYPOINT ["/init"]
