# corpus: modelled-on=NestJS+Prisma service mapping TARGETARCH to prisma binary targets (cf. public "PRISMA_CLI_BINARY_TARGETS case ${TARGETARCH}" builder)
# corpus: expect=
FROM node:20-alpine AS deps
ARG TARGETARCH
WORKDIR /app
RUN apk add --no-cache openssl libc6-compat
COPY package.json package-lock.json ./
COPY prisma ./prisma
# Engines must match the image we ship, not the laptop: x64 on Intel CI,
# arm64 on the M-series Macs and on Graviton.
RUN case "${TARGETARCH}" in \
      amd64) export PRISMA_CLI_BINARY_TARGETS="linux-musl-openssl-3.0.x" ;; \
      arm64) export PRISMA_CLI_BINARY_TARGETS="linux-musl-arm64-openssl-3.0.x" ;; \
      *) echo "no prisma engine for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && npm ci \
 && npx prisma generate

FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-alpine
RUN apk add --no-cache openssl tini
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prisma ./prisma
USER node
EXPOSE 3000
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["sh", "-c", "npx prisma migrate deploy && node dist/main.js"]
