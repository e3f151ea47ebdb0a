# corpus: modelled-on=Debian openjdk + gradle installDist images; JAVA_HOME resolved per-arch instead of hardcoding java-17-openjdk-amd64
# corpus: expect=
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# Debian installs to /usr/lib/jvm/java-17-openjdk-<dpkg arch> (amd64, arm64, ...)
RUN ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/default-java17
ENV JAVA_HOME=/usr/lib/jvm/default-java17
WORKDIR /build
COPY gradlew settings.gradle.kts build.gradle.kts gradle.properties ./
COPY gradle/ gradle/
RUN ./gradlew --no-daemon --version
COPY src/ src/
RUN ./gradlew --no-daemon installDist -x test

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/default-java17
ENV JAVA_HOME=/usr/lib/jvm/default-java17 \
    JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=60"
COPY --from=build /build/build/install/ktor-gateway /opt/ktor-gateway
RUN useradd -r -u 10002 gateway
USER gateway
EXPOSE 8080
ENTRYPOINT ["/opt/ktor-gateway/bin/ktor-gateway"]
