# corpus: modelled-on=gRPC services adding grpc_health_probe with wget -qO
# corpus: expect=AL301@11
FROM golang:1.21-alpine AS builder
RUN apk add --no-cache git make
WORKDIR /src
COPY . .
RUN make build
FROM alpine:3.18
RUN apk add --no-cache ca-certificates tzdata
ENV GRPC_HEALTH_PROBE_VERSION=v0.4.19
RUN wget -qO/bin/grpc_health_probe https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-amd64 && \
    chmod +x /bin/grpc_health_probe
COPY --from=builder /src/bin/server /server
ENTRYPOINT ["/server"]
