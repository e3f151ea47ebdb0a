# corpus: modelled-on=sdkman-in-Docker (get.sdkman.io + sdk install gradle/kotlin) on distro OpenJDK with JAVA_HOME and tuned JVM flags
# corpus: expect=AL403@9,AL401@25
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        openjdk-17-jdk-headless curl zip unzip ca-certificates \
    && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64

SHELL ["/bin/bash", "-c"]
ENV SDKMAN_DIR=/opt/sdkman
RUN curl -s "https://get.sdkman.io?rcupdate=false" | bash \
    && source "$SDKMAN_DIR/bin/sdkman-init.sh" \
    && sdk install gradle 8.8 \
    && sdk install kotlin 2.0.0 \
    && sdk flush archives && sdk flush temp
ENV PATH=$SDKMAN_DIR/candidates/gradle/current/bin:$SDKMAN_DIR/candidates/kotlin/current/bin:$PATH

WORKDIR /build
COPY settings.gradle.kts build.gradle.kts gradle.properties ./
COPY src ./src
RUN gradle --no-daemon installDist

ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:UseAVX=3"
EXPOSE 8080
CMD ["/build/build/install/ledger/bin/ledger"]
