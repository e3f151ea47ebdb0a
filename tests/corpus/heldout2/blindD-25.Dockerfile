# corpus: modelled-on=amd64/alpine grafana-agent zip Dockerfile (reworked for Alloy) + goreleaser dist/ layout for a custom OpenTelemetry collector
# corpus: expect=AL207@5,AL303@19
FROM debian:bookworm-slim

ARG TARGETARCH=amd64
ARG ALLOY_VERSION=1.5.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/alloy.zip \
      "https://github.com/grafana/alloy/releases/download/v${ALLOY_VERSION}/alloy-linux-${TARGETARCH}.zip" \
 && unzip -q /tmp/alloy.zip -d /tmp \
 && install -m 0755 /tmp/alloy-linux-${TARGETARCH} /usr/local/bin/alloy \
 && rm -rf /tmp/alloy*

# custom collector produced by `make dist` (goreleaser)
COPY dist/otelcol-edge_linux_amd64_v1/otelcol-edge /usr/local/bin/otelcol-edge
COPY config/ /etc/telemetry/

EXPOSE 12345 4317 4318
ENTRYPOINT ["/usr/local/bin/alloy"]
CMD ["run", "--server.http.listen-addr=0.0.0.0:12345", "/etc/telemetry/config.alloy"]
