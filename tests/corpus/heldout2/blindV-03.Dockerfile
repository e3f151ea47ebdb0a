# corpus: modelled-on=zigbee2mqtt-style alpine node image with apk --print-arch mapping for yq download
# corpus: expect=
FROM node:20-alpine3.20

ENV NODE_ENV=production
ARG YQ_VERSION=v4.44.3
WORKDIR /app

RUN apk add --no-cache tini eudev tzdata curl

# yq names its assets amd64/arm64/arm, apk reports x86_64/aarch64/armv7
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
        x86_64)  yqArch=amd64 ;; \
        aarch64) yqArch=arm64 ;; \
        armv7|armhf) yqArch=arm ;; \
        *) echo >&2 "no yq build for $apkArch"; exit 1 ;; \
    esac; \
    curl -fsSL -o /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${yqArch}"; \
    chmod +x /usr/local/bin/yq

COPY package.json package-lock.json ./
RUN apk add --no-cache --virtual .gyp make gcc g++ python3 linux-headers \
    && npm ci --omit=dev --build-from-source=@serialport/bindings-cpp \
    && apk del .gyp

COPY dist ./dist
COPY docker/entrypoint.sh /usr/local/bin/
VOLUME /app/data
ENTRYPOINT ["/sbin/tini", "--", "entrypoint.sh"]
CMD ["node", "dist/index.js"]
