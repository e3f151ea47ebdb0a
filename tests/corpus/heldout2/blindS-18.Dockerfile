# corpus: modelled-on=Home Assistant community add-on (BUILD_FROM/BUILD_ARCH from build.yaml) bundling go2rtc
# corpus: expect=
ARG BUILD_FROM=ghcr.io/hassio-addons/base:16.3.6
FROM ${BUILD_FROM}

ARG BUILD_ARCH
ARG GO2RTC_VERSION=1.9.7
ENV LANG=C.UTF-8

RUN apk add --no-cache ffmpeg jq curl

# go2rtc release assets: go2rtc_linux_amd64, go2rtc_linux_arm64, go2rtc_linux_arm
RUN set -eux; \
    case "${BUILD_ARCH:-$(apk --print-arch)}" in \
      amd64|x86_64) url="https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_amd64" ;; \
      aarch64) url="https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_arm64" ;; \
      armv7)   url="https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_arm" ;; \
      *) echo "unsupported arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/go2rtc "$url"; \
    chmod +x /usr/local/bin/go2rtc

COPY rootfs /
LABEL io.hass.type="addon" io.hass.arch="${BUILD_ARCH}"
WORKDIR /data
