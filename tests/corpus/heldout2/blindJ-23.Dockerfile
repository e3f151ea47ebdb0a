# corpus: modelled-on=Java Operator SDK / Quarkus operator packaged on Debian with distro OpenJDK and tuned JVM flags
# corpus: expect=AL403@9,AL403@10,AL401@11
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    PATH="/usr/lib/jvm/java-17-openjdk-amd64/bin:${PATH}" \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:UseAVX=2" \
    QUARKUS_KUBERNETES_CLIENT_TRUST_CERTS=false

WORKDIR /deployments
RUN groupadd --system --gid 185 jboss \
 && useradd --system --uid 185 --gid 185 --home-dir /deployments jboss

COPY --chown=185:185 target/quarkus-app/lib/ ./lib/
COPY --chown=185:185 target/quarkus-app/*.jar ./
COPY --chown=185:185 target/quarkus-app/app/ ./app/
COPY --chown=185:185 target/quarkus-app/quarkus/ ./quarkus/

USER 185
EXPOSE 8080
HEALTHCHECK --interval=30s CMD ["java", "-version"]
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
