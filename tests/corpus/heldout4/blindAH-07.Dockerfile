# corpus: modelled-on=company Go gRPC microservice, cross-compiled on BUILDPLATFORM, distroless runtime
# corpus: expect=
# syntax=docker/dockerfile:1.6
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
ARG TARGETOS
ARG TARGETARCH
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.24
WORKDIR /src

# grpc_health_probe ships grpc_health_probe-linux-amd64 / -linux-arm64
RUN curl -fsSL -o /out-probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-${TARGETOS}-${TARGETARCH}" \
 && chmod +x /out-probe

COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/inventory ./cmd/inventory

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/inventory /usr/local/bin/inventory
COPY --from=build /out-probe /usr/local/bin/grpc_health_probe
USER nonroot:nonroot
EXPOSE 9090
ENTRYPOINT ["/usr/local/bin/inventory"]
