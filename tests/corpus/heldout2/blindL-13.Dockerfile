# corpus: modelled-on=Go gRPC service cross-compiled from $BUILDPLATFORM with grpc_health_probe (cf. docker docs multi-platform Go example, grpc-health-probe install)
# corpus: expect=
# Cross-compile natively on the build host (M-series Mac or amd64 CI) -- no qemu.
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG TARGETOS TARGETARCH
ARG PROBE_VERSION=v0.4.35
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/inventory ./cmd/inventory
RUN curl -fsSLo /out/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${PROBE_VERSION}/grpc_health_probe-${TARGETOS}-${TARGETARCH}" \
 && chmod +x /out/grpc_health_probe

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/inventory /inventory
COPY --from=build /out/grpc_health_probe /bin/grpc_health_probe
USER nonroot:nonroot
EXPOSE 50051
HEALTHCHECK CMD ["/bin/grpc_health_probe", "-addr=:50051"]
ENTRYPOINT ["/inventory"]
