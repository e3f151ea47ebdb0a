# corpus: modelled-on=Home Assistant add-on with amd64 BUILD_FROM default and yq arch through ARG
# corpus: expect=AL209@5,AL301@14
# hadolint ignore=DL3006
ARG BUILD_FROM=ghcr.io/home-assistant/amd64-base-python:3.12-alpine3.20
FROM ${BUILD_FROM}

ARG YQ_VERSION=v4.44.3
ARG YQ_ARCH=amd64

ENV LANG=C.UTF-8

RUN apk add --no-cache curl jq bluez \
    && curl -fsSL -o /usr/bin/yq \
        "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${YQ_ARCH}" \
    && chmod +x /usr/bin/yq

COPY requirements.txt /tmp/
RUN pip3 install --no-cache-dir -r /tmp/requirements.txt

COPY rootfs /
WORKDIR /app
COPY ble_monitor/ ./ble_monitor/

LABEL io.hass.type="addon" io.hass.arch="aarch64|amd64|armv7"
CMD [ "/run.sh" ]
