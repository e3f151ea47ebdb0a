# corpus: modelled-on=krallin/tini release install pattern (tini-static-${TARGETARCH}) in a Node worker image, TARGETARCH declared only before FROM
# corpus: expect=AL203@12
ARG NODE_VERSION=20.18.0
ARG TARGETARCH
ARG TINI_VERSION=v0.19.0

FROM node:${NODE_VERSION}-bookworm-slim
ARG TINI_VERSION
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH}" \
 && chmod +x /usr/local/bin/tini

WORKDIR /usr/src/worker
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --chown=node:node . .
USER node
ENV NODE_ENV=production
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["node", "dist/worker.js"]
