# corpus: modelled-on=Go gRPC service with health probe in a BUILDPLATFORM builder (docker-grpc-health-probe, LXGaming/health-go)
# corpus: expect=AL206@11,AL203@15
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
WORKDIR /src
RUN apk add --no-cache git
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# static binary, no cgo needed
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/inventory ./cmd/inventory

ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28
RUN wget -qO /out/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-${TARGETARCH}" \
 && chmod +x /out/grpc_health_probe

FROM alpine:3.20
RUN addgroup -S app && adduser -S app -G app
COPY --from=build /out/inventory /usr/local/bin/inventory
COPY --from=build /out/grpc_health_probe /usr/local/bin/grpc_health_probe
USER app
EXPOSE 50051
HEALTHCHECK --interval=20s --timeout=3s CMD ["grpc_health_probe", "-addr=:50051"]
ENTRYPOINT ["inventory"]
