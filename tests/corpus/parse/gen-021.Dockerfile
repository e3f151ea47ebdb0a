# syntax=docker/dockerfile:1
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
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

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
