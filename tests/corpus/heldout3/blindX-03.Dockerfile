# corpus: modelled-on=segateway/container-open-telemetry-collector-debian Dockerfile (otelcol .deb picked by TARGETARCH)
# corpus: expect=AL203@15
# OpenTelemetry Collector (contrib distribution) packaged from the upstream .deb
ARG OTELCOL_VERSION=0.102.1
ARG TARGETARCH

FROM debian:bookworm-slim
ARG OTELCOL_VERSION
ENV DEBIAN_FRONTEND=noninteractive

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    curl -fsSLo /tmp/otelcol-contrib.deb \
      "https://github.com/open-telemetry/opentelemetry-collector-releases/releases/download/v${OTELCOL_VERSION}/otelcol-contrib_${OTELCOL_VERSION}_linux_${TARGETARCH}.deb"; \
    apt-get install -y --no-install-recommends /tmp/otelcol-contrib.deb; \
    rm -rf /tmp/otelcol-contrib.deb /var/lib/apt/lists/*

COPY otel-config.yaml /etc/otelcol-contrib/config.yaml

USER otelcol-contrib
EXPOSE 4317 4318 8888 13133
HEALTHCHECK --interval=15s --timeout=3s \
  CMD curl -fsS http://127.0.0.1:13133/ || exit 1
ENTRYPOINT ["/usr/bin/otelcol-contrib"]
CMD ["--config=/etc/otelcol-contrib/config.yaml"]
