# corpus: modelled-on=eclipse-temurin:21-jre JAVA_TOOL_OPTIONS Dockerfile (search hit) + cuda-keyring _all.deb installs
# corpus: expect=
FROM eclipse-temurin:21-jre-jammy
# Previously: curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl (amd64 only)
# Now taken from the distribution so every architecture works.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && curl -fsSLo /tmp/archive-keyring.deb https://repo.example.org/debian/pool/main/e/example-archive-keyring/example-archive-keyring_2024.1_all.deb \
    && dpkg -i /tmp/archive-keyring.deb \
    && rm /tmp/archive-keyring.deb \
    && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/opt/java/openjdk
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:+UseStringDeduplication -XX:+UseCompressedOops"
WORKDIR /app
COPY build/libs/*.jar /app/app.jar
RUN useradd -r -u 10001 app
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseTransparentHugePages", "-jar", "/app/app.jar"]
