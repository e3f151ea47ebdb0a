# corpus: modelled-on=internal node "onbuild" base image (like the retired node:onbuild) with tini picked per dpkg arch
# corpus: expect=
FROM node:20-bookworm-slim
ARG TINI_VERSION=v0.19.0
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) url="https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-amd64" ;; \
      arm64) url="https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-arm64" ;; \
      armhf) url="https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-armhf" ;; \
      *) echo "no tini build for $arch" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    curl -fsSL -o /usr/local/bin/tini "$url"; \
    chmod +x /usr/local/bin/tini; \
    apt-get purge -y --auto-remove curl; \
    rm -rf /var/lib/apt/lists/*
RUN mkdir -p /usr/src/app && chown node:node /usr/src/app
WORKDIR /usr/src/app
ENV NODE_ENV=production PORT=3000
# Child images only need: FROM registry.example.com/base/node-onbuild:20
ONBUILD COPY --chown=node:node package.json package-lock.json* ./
ONBUILD RUN npm ci --omit=dev && npm cache clean --force
ONBUILD COPY --chown=node:node . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "require('http').get('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["node", "server.js"]
