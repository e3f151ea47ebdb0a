# corpus: modelled-on=docs.docker.com "cross-compiling a Go application" + michaelprice232/user-mgmt-service-api Dockerfile
# corpus: expect=
ARG GO_VERSION=1.23

# Compile once on the build host (our CI runners are amd64) and let the Go
# toolchain emit linux/amd64 or linux/arm64 binaries as requested.
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .

ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOARM=${TARGETVARIANT#v} \
    go build -trimpath -ldflags="-s -w" -o /out/inventory-api ./cmd/inventory-api

FROM gcr.io/distroless/static-debian12:nonroot
LABEL org.opencontainers.image.source="https://example.invalid/inventory-api"
COPY --from=build /out/inventory-api /usr/local/bin/inventory-api
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/inventory-api"]
