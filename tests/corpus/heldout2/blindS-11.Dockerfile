# corpus: modelled-on=itzg/minecraft-server-like Fabric image; tuned JVM flags tolerated on every CPU
# corpus: expect=
FROM eclipse-temurin:21-jre-noble

ARG TARGETARCH
ARG MC_RUNNER_VERSION=1.12.7
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl jq \
 && rm -rf /var/lib/apt/lists/* \
 && curl -fsSL "https://github.com/itzg/mc-server-runner/releases/download/${MC_RUNNER_VERSION}/mc-server-runner_${MC_RUNNER_VERSION}_linux_${TARGETARCH}.tar.gz" \
    | tar -xz -C /usr/local/bin mc-server-runner

# UseAVX only exists on x86_64 HotSpot; IgnoreUnrecognizedVMOptions keeps the
# same image starting on arm64 (Graviton / Ampere) hosts.
ENV JAVA_HOME=/opt/java/openjdk \
    JDK_JAVA_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:+ParallelRefProcEnabled"

RUN useradd -m -d /data -u 1000 mc
COPY --chown=mc fabric-server-launch.jar /opt/mc/server.jar
COPY --chown=mc config/ /opt/mc/config/
WORKDIR /data
USER mc
EXPOSE 25565 25575
HEALTHCHECK --start-period=2m CMD mc-health || exit 1
ENTRYPOINT ["mc-server-runner", "--stop-duration", "60s", "java", "-jar", "/opt/mc/server.jar", "nogui"]
