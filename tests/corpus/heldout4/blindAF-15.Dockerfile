# corpus: modelled-on=Go gRPC server cross-compiled from $BUILDPLATFORM, grpc_health_probe fetched per TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -trimpath -o /out/server ./cmd/server

FROM alpine:3.20
ARG TARGETARCH
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28
# Release assets are named grpc_health_probe-linux-amd64 / grpc_health_probe-linux-arm64,
# which matches Docker's TARGETARCH naming exactly.
ADD https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-${TARGETARCH} /bin/grpc_health_probe
RUN chmod 0755 /bin/grpc_health_probe
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 9000
HEALTHCHECK --interval=15s --timeout=2s --start-period=5s \
  CMD ["/bin/grpc_health_probe", "-addr=localhost:9000"]
ENTRYPOINT ["/server"]
