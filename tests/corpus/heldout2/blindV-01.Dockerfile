# corpus: modelled-on=Home Assistant add-on Dockerfile (ARG BUILD_FROM / BUILD_ARCH with s6-overlay arch mapping)
# corpus: expect=
ARG BUILD_FROM=ghcr.io/hassio-addons/base:16.3.2
# hadolint ignore=DL3006
FROM ${BUILD_FROM}

# BUILD_ARCH is injected by the HA builder: aarch64 | amd64 | armv7 | armhf | i386
ARG BUILD_ARCH
ARG SERIAL2MQTT_VERSION=0.9.4

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN \
    apk add --no-cache curl jq mosquitto-clients \
    && case "${BUILD_ARCH}" in \
        aarch64) BIN_ARCH="arm64" ;; \
        amd64)   BIN_ARCH="x86_64" ;; \
        armv7)   BIN_ARCH="armv7" ;; \
        armhf)   BIN_ARCH="armv6" ;; \
        *) echo "unsupported arch ${BUILD_ARCH}"; exit 1 ;; \
       esac \
    && curl -fsSL -o /usr/bin/serial2mqtt \
        "https://github.com/example-iot/serial2mqtt/releases/download/v${SERIAL2MQTT_VERSION}/serial2mqtt-linux-${BIN_ARCH}" \
    && chmod a+x /usr/bin/serial2mqtt

COPY rootfs /

LABEL \
    io.hass.type="addon" \
    io.hass.arch="armhf|aarch64|amd64|armv7"
