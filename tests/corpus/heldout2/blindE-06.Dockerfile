# corpus: modelled-on=Go service cross-compiled with tonistiigi/xx (xx-go, xx-apk, xx-verify), CGO + sqlite, many platforms
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6,linux/386,linux/ppc64le,linux/s390x,linux/riscv64
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
# target-arch C toolchain bits for cgo (go-sqlite3)
RUN xx-apk add --no-cache gcc musl-dev sqlite-dev
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ENV CGO_ENABLED=1
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=cache,target=/go/pkg/mod \
    xx-go build -trimpath -ldflags="-s -w -linkmode external -extldflags -static" \
        -o /out/zigbee-bridge ./cmd/bridge \
    && xx-verify --static /out/zigbee-bridge

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata \
    && adduser -D -H -u 1000 bridge
COPY --from=build /out/zigbee-bridge /usr/local/bin/zigbee-bridge
USER bridge
EXPOSE 8080
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/zigbee-bridge"]
