#syntax=docker/dockerfile:1-labs
ARG BASE_IMAGE=debian:bookworm-slim
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app
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
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
