# corpus: modelled-on=spring services instrumented with opentelemetry-javaagent.jar via JAVA_TOOL_OPTIONS (DAYUCS/spring-boot-data-jpa-mysql, BWCXME/spring-petclinic), on a distro JRE
# corpus: expect=AL403@9,AL401@26
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH

ARG OTEL_AGENT_VERSION=2.4.0
RUN mkdir -p /opt/otel \
 && curl -fsSL -o /opt/otel/opentelemetry-javaagent.jar \
      "https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v${OTEL_AGENT_VERSION}/opentelemetry-javaagent.jar"

WORKDIR /app
COPY target/billing-service.jar app.jar
RUN useradd --system --uid 10001 app
USER app

ENV OTEL_SERVICE_NAME=billing-service \
    OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317 \
    OTEL_METRICS_EXPORTER=otlp \
    OTEL_LOGS_EXPORTER=otlp
ENV JAVA_TOOL_OPTIONS="-javaagent:/opt/otel/opentelemetry-javaagent.jar -XX:+UseG1GC -XX:MaxRAMPercentage=75.0 -XX:UseAVX=2"
EXPOSE 8080
HEALTHCHECK --start-period=40s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
