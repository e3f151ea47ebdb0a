# corpus: modelled-on=node-red community Dockerfile with ARG ARCH / FROM ${ARCH}/node and yq download
# corpus: expect=AL209@8,AL301@13
ARG ARCH=amd64
ARG NODE_VERSION=20
ARG OS=bookworm-slim

#### Stage BASE ############################################################
FROM ${ARCH}/node:${NODE_VERSION}-${OS} AS base

RUN set -ex && \
    apt-get update && apt-get install -y --no-install-recommends \
        bash tzdata curl git openssl openssh-client ca-certificates && \
    curl -fsSL -o /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64 && \
    chmod +x /usr/local/bin/yq && \
    mkdir -p /usr/src/node-red /data && \
    useradd --home-dir /usr/src/node-red --uid 1000 -G dialout node-red && \
    chown -R node-red:node-red /data /usr/src/node-red && \
    rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/node-red
COPY package.json .
COPY flows.json /data/

#### Stage BUILD ###########################################################
FROM base AS build
RUN apt-get update && apt-get install -y build-essential python3 && \
    npm install --unsafe-perm --no-update-notifier --no-fund --omit=dev

#### Stage RELEASE #########################################################
FROM base AS release
COPY --from=build /usr/src/node-red/node_modules ./node_modules
USER node-red
EXPOSE 1880
ENTRYPOINT ["npm", "start", "--cache", "/data/.npm", "--", "--userDir", "/data"]
