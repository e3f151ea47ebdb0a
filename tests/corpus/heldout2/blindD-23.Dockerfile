# corpus: modelled-on=Kesin11/renovate_config_sandbox otel-builder stage (collector binary) + New Relic Java agent image; collector taken via RUN --mount=from=<image>
# corpus: expect=AL209@18,AL401@22
FROM eclipse-temurin:21-jre-noble

ARG NEWRELIC_AGENT_VERSION=8.16.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip supervisor \
 && rm -rf /var/lib/apt/lists/*

# New Relic Java agent (a jar, architecture independent)
RUN curl -fsSL -o /tmp/newrelic-java.zip \
      https://download.newrelic.com/newrelic/java-agent/newrelic-agent/${NEWRELIC_AGENT_VERSION}/newrelic-java.zip \
 && unzip -q /tmp/newrelic-java.zip -d /opt \
 && rm /tmp/newrelic-java.zip

# Sidecar collector: lift the binary out of the published image instead of fetching the tarball
RUN --mount=from=otel/opentelemetry-collector-contrib:0.114.0-amd64,source=/otelcol-contrib,target=/mnt/otelcol-contrib \
    install -m 0755 /mnt/otelcol-contrib /usr/local/bin/otelcol-contrib

# tuned on the Graviton node pool
ENV JAVA_TOOL_OPTIONS="-javaagent:/opt/newrelic/newrelic.jar -XX:+UseLSE -XX:MaxRAMPercentage=70"

COPY otel-config.yaml /etc/otelcol/config.yaml
COPY supervisord.conf /etc/supervisor/conf.d/app.conf
COPY target/orders-service.jar /opt/app/app.jar
EXPOSE 8080
CMD ["/usr/bin/supervisord", "-n"]
