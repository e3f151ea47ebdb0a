# corpus: modelled-on=docs.docker.com "cross-compiling a Go application" pattern (BUILDPLATFORM builder, GOOS/GOARCH from TARGET*) plus grpc_health_probe release download
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
# The builder runs natively (e.g. amd64 CI runner); only the output is cross-compiled.
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
RUN apk add --no-cache git
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -ldflags="-s -w" -o /out/orders ./cmd/orders

FROM alpine:3.20 AS probe
ARG TARGETARCH
ARG PROBE_VERSION=v0.4.34
RUN wget -qO /bin/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${PROBE_VERSION}/grpc_health_probe-linux-${TARGETARCH}" \
 && chmod +x /bin/grpc_health_probe

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/orders /orders
COPY --from=probe /bin/grpc_health_probe /bin/grpc_health_probe
EXPOSE 50051
ENTRYPOINT ["/orders"]
