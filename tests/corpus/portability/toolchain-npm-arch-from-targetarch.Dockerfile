# corpus: modelled-on=Node images mapping TARGETARCH to npm's arch for prebuilt native modules
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20-bookworm AS deps
ARG TARGETARCH
WORKDIR /app
COPY package*.json ./
RUN case "$TARGETARCH" in amd64) npm_arch=x64 ;; arm64) npm_arch=arm64 ;; *) exit 1 ;; esac; \
    npm ci --omit=dev --arch=$npm_arch --platform=linux
FROM node:20-bookworm-slim
COPY --from=deps /app/node_modules /app/node_modules
