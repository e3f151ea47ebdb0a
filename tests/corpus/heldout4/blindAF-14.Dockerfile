# corpus: modelled-on=Go gRPC microservice (online-boutique style) with grpc_health_probe HEALTHCHECK
# corpus: expect=AL301@14
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/checkout-service ./cmd/checkout

FROM alpine:3.20
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28
RUN apk add --no-cache ca-certificates \
 && wget -qO /bin/grpc_health_probe \
      https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-amd64 \
 && chmod +x /bin/grpc_health_probe
COPY --from=build /out/checkout-service /usr/local/bin/checkout-service
RUN adduser -D -u 10001 svc
USER svc
ENV PORT=5050 \
    DISABLE_PROFILER=1
EXPOSE 5050
HEALTHCHECK --interval=10s --timeout=3s CMD ["/bin/grpc_health_probe", "-addr=:5050"]
ENTRYPOINT ["/usr/local/bin/checkout-service"]
