ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \
 && yarn build \
 # the dist folder is copied later
 && rm -rf node_modules
FROM --platform=${BUILDPLATFORM} tonistiigi/xx:1.4.0 AS xx
FROM --platform=${BUILDPLATFORM} golang:1.22-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /app
COPY . .
RUN CGO_ENABLED=1 xx-go build -o /app/bin/tool ./... && \
    xx-verify /app/bin/tool
FROM ubuntu:24.04
RUN <<EOF
set -e
apt-get update
apt-get install -y curl jq
rm -rf /var/lib/apt/lists/*
EOF

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
