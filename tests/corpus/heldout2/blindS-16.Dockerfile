# corpus: modelled-on=Home Assistant add-on Dockerfile written against one base image while testing on a Pi 4
# corpus: expect=AL209@3,AL301@15,AL301@19
FROM ghcr.io/home-assistant/aarch64-base-debian:bookworm

ENV LANG=C.UTF-8 S6_SERVICES_GRACETIME=10000
ARG BUILD_ARCH=aarch64
ARG CLI_VERSION=4.36.0
ARG GO2RTC_VERSION=1.9.7

RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg jq \
 && rm -rf /var/lib/apt/lists/*

# Home Assistant CLI, used by the run script to restart the core
RUN curl -fsSLo /usr/bin/ha "https://github.com/home-assistant/cli/releases/download/${CLI_VERSION}/ha_${BUILD_ARCH}" \
 && chmod a+x /usr/bin/ha

RUN curl -fsSLo /usr/local/bin/go2rtc \
      "https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_arm64" \
 && chmod +x /usr/local/bin/go2rtc

COPY rootfs /
LABEL io.hass.type="addon" io.hass.arch="aarch64"
WORKDIR /data
