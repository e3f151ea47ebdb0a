# corpus: modelled-on=enterprise Java batch service on Ubuntu for IBM Z / Power (JAVA_HOME hardcoded, x86-only HotSpot flag)
# corpus: expect=AL403@11,AL401@14
# corpus: platforms=linux/amd64,linux/ppc64le,linux/s390x
FROM ubuntu:24.04

RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless ca-certificates curl tzdata \
    && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"
# tuned on the x86 perf cluster
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:UseAVX=2"

RUN groupadd -r batch && useradd -r -g batch -d /opt/ledger batch
WORKDIR /opt/ledger
COPY --chown=batch:batch target/batch-ledger.jar app.jar
COPY --chown=batch:batch config/ config/
USER batch
HEALTHCHECK --interval=1m CMD curl -fs http://localhost:8081/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/opt/ledger/app.jar"]
