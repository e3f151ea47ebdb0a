# corpus: modelled-on=gRPC service image with grpc_health_probe fetched via ADD --checksum in a pinned-platform stage
# corpus: expect=AL201@4,AL301@6,AL209@15
# syntax=docker/dockerfile:1
FROM --platform=linux/amd64 alpine:3.20 AS probe
ADD --checksum=sha256:5c15a0bebac64585039ca3925f895dd4503f5dce38bd7b1dd050e8acc7465b83 \
    https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/v0.4.35/grpc_health_probe-linux-amd64 \
    /grpc_health_probe
RUN chmod 0755 /grpc_health_probe

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libstdc++6 \
 && rm -rf /var/lib/apt/lists/*
# a static busybox for debugging shells in prod
COPY --from=docker.io/amd64/busybox:1.36.1-musl /bin/busybox /usr/local/bin/busybox
COPY --from=probe /grpc_health_probe /usr/local/bin/grpc_health_probe
COPY --from=ghcr.io/acme-shop/ordersvc-bin:1.8.2 /ordersvc /usr/local/bin/ordersvc
USER 10001
EXPOSE 50051
HEALTHCHECK CMD ["grpc_health_probe", "-addr=:50051"]
ENTRYPOINT ["/usr/local/bin/ordersvc"]
