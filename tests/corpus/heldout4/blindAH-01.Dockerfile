# corpus: modelled-on=typical company Spring Boot service Dockerfile with Datadog Java tracer
# corpus: expect=
# Runtime image for the orders-service (Spring Boot 3, Java 17).
# Works on both the old Intel build agents (amd64) and the new Graviton runners.
FROM eclipse-temurin:17-jre-jammy

ARG DD_JAVA_AGENT_VERSION=1.31.0
ENV LANG=en_US.UTF-8 \
    LANGUAGE=en_US:en \
    LC_ALL=en_US.UTF-8 \
    TZ=Europe/Berlin

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      locales tzdata fontconfig fonts-dejavu-core curl ca-certificates \
 && sed -i 's/# en_US.UTF-8/en_US.UTF-8/' /etc/locale.gen && locale-gen \
 && rm -rf /var/lib/apt/lists/*

# corporate root CA for the internal Nexus / Vault
COPY certs/corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
RUN update-ca-certificates \
 && keytool -importcert -noprompt -cacerts -storepass changeit \
      -alias corp-root -file /usr/local/share/ca-certificates/corp-root-ca.crt

# dd-java-agent is a plain jar, no native bits
RUN mkdir -p /opt/datadog \
 && curl -fsSL -o /opt/datadog/dd-java-agent.jar \
      "https://repo1.maven.org/maven2/com/datadoghq/dd-java-agent/${DD_JAVA_AGENT_VERSION}/dd-java-agent-${DD_JAVA_AGENT_VERSION}.jar"

RUN groupadd --system app && useradd --system --gid app --home /app app
WORKDIR /app
COPY --chown=app:app target/orders-service.jar app.jar
USER app

ENV JAVA_TOOL_OPTIONS="-javaagent:/opt/datadog/dd-java-agent.jar -XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
