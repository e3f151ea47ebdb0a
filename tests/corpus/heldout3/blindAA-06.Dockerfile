# corpus: modelled-on=cross-compiled Go gRPC server with grpc_health_probe (LXGaming/health-go, cilium grpc-health-probe install script)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/orders ./cmd/orders

# the probe is fetched for the *target* arch (release has linux-amd64, linux-arm64, ...)
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28
RUN curl -fsSL -o /out/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-${TARGETOS}-${TARGETARCH}" \
 && chmod 0755 /out/grpc_health_probe

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/orders /orders
COPY --from=build /out/grpc_health_probe /bin/grpc_health_probe
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
  CMD ["/bin/grpc_health_probe", "-addr=:8443"]
USER nonroot:nonroot
ENTRYPOINT ["/orders"]
