# corpus: modelled-on=company Node.js (Express) API with dumb-init fetched by uname -m and New Relic npm agent
# corpus: expect=
FROM node:20-bookworm-slim AS deps
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    NEW_RELIC_NO_CONFIG_FILE=true \
    NEW_RELIC_LOG=stdout

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl postgresql-client \
 && rm -rf /var/lib/apt/lists/*

# dumb-init publishes dumb-init_<ver>_x86_64 and dumb-init_<ver>_aarch64,
# which is exactly what uname -m prints on both our runners.
ARG DUMB_INIT_VERSION=1.2.5
RUN curl -fsSL -o /usr/local/bin/dumb-init \
      "https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_$(uname -m)" \
 && chmod +x /usr/local/bin/dumb-init \
 && dumb-init --version

WORKDIR /usr/src/app
COPY --from=deps --chown=node:node /usr/src/app/node_modules ./node_modules
COPY --chown=node:node . .
USER node
EXPOSE 3000
HEALTHCHECK CMD curl -fs http://127.0.0.1:3000/healthz || exit 1
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "-r", "newrelic", "server.js"]
