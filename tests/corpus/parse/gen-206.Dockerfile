# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
FROM node:20-bookworm-slim AS web
ENV NODE_ENV=production \
    NPM_CONFIG_LOGLEVEL=warn
WORKDIR /usr/src/app
COPY --chown=node:node package*.json ./
RUN npm install --arch=x64 --platform=linux sharp
COPY --chown=node:node . .
USER node
EXPOSE 3000/tcp
CMD ["node", "server.js"]

FROM ubuntu:22.04
ARG TARGETARCH
RUN set -eux; \
    arch="$(uname -m)"; \
    case "$arch" in \
        x86_64) url='https://example.org/tool-linux-x86_64.tar.gz' ;; \
        aarch64) url='https://example.org/tool-linux-aarch64.tar.gz' ;; \
        *) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin
FROM --platform=${BUILDPLATFORM} tonistiigi/xx:1.4.0 AS xx
FROM --platform=${BUILDPLATFORM} golang:1.22-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /app
COPY . .
RUN CGO_ENABLED=1 xx-go build -o /app/bin/tool ./... && \
    xx-verify /app/bin/tool

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
