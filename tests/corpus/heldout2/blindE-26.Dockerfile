# corpus: modelled-on=Node home dashboard for Raspberry Pi with native modules (better-sqlite3/sharp), npm arch forced
# corpus: expect=AL202@4,AL203@8,AL205@13
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$TARGETPLATFORM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# no prebuilt better-sqlite3 for 32-bit arm: build it from source there
RUN if [ "$TARGETARCH" = "arm" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends python3 make g++ \
      && rm -rf /var/lib/apt/lists/*; \
    fi
ENV npm_config_arch=x64 \
    npm_config_platform=linux
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 8123
HEALTHCHECK CMD node healthcheck.js || exit 1
CMD ["node", "src/index.js"]
