# corpus: modelled-on=company Node/NestJS service on Cloud Run with Cloud SQL Auth Proxy baked into the image
# corpus: expect=AL203@21
ARG NODE_VERSION=20
ARG TARGETARCH

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build && yarn install --production --frozen-lockfile --ignore-scripts --prefer-offline

FROM node:${NODE_VERSION}-alpine
RUN apk add --no-cache tini curl ca-certificates postgresql-client
COPY certs/internal-ca.pem /usr/local/share/ca-certificates/internal-ca.crt
RUN update-ca-certificates

# sidecar-less setup: proxy runs next to the app under tini
ARG CLOUD_SQL_PROXY_VERSION=v2.8.2
RUN curl -fsSL -o /usr/local/bin/cloud-sql-proxy \
      "https://storage.googleapis.com/cloud-sql-connectors/cloud-sql-proxy/${CLOUD_SQL_PROXY_VERSION}/cloud-sql-proxy.linux.${TARGETARCH}" \
 && chmod +x /usr/local/bin/cloud-sql-proxy

WORKDIR /app
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node docker/start.sh ./start.sh
USER node
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["./start.sh"]
