# corpus: modelled-on=spring-boot launch-script test Dockerfiles + oscarhult/jre21 (Temurin tarball unpacked into /opt)
# corpus: expect=AL301@12,AL401@16
FROM ubuntu:24.04

ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl fontconfig tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p "$JAVA_HOME" \
 && curl -fsSL "https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jre_x64_linux_hotspot_21.0.5_11.tar.gz" \
    | tar -xz -C "$JAVA_HOME" --strip-components=1 \
 && java -version

ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:UseAVX=2"

RUN groupadd -r app && useradd -r -g app app
WORKDIR /opt/app
COPY --chown=app:app target/ledger-service.jar app.jar
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
