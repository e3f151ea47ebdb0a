# corpus: modelled-on=rust-lang CI docker script (curl dumb-init_<ver>_amd64.deb && dpkg -i) in a node service image
# corpus: expect=AL301@10,AL302@11
FROM node:20-bookworm-slim

ENV DUMB_INIT_VERSION=1.2.5 \
    NODE_ENV=production

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates wget \
 && wget -q "https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_amd64.deb" \
 && dpkg -i "dumb-init_${DUMB_INIT_VERSION}_amd64.deb" \
 && rm "dumb-init_${DUMB_INIT_VERSION}_amd64.deb" \
 && apt-get purge -y --auto-remove wget \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/app
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node healthcheck.js
ENTRYPOINT ["/usr/bin/dumb-init", "--"]
CMD ["node", "server.js"]
