# corpus: modelled-on=adoptium/containers Temurin ubuntu Dockerfile (dpkg arch case, x64/aarch64 BINARY_URL per branch)
# corpus: expect=
FROM ubuntu:24.04

ENV JAVA_HOME=/opt/java/openjdk \
    JAVA_VERSION=jdk-21.0.5+11
ENV PATH=$JAVA_HOME/bin:$PATH

RUN set -eux; \
    ARCH="$(dpkg --print-architecture)"; \
    case "${ARCH}" in \
      amd64) \
        BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jdk_x64_linux_hotspot_21.0.5_11.tar.gz'; \
        ;; \
      arm64) \
        BINARY_URL='https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jdk_aarch64_linux_hotspot_21.0.5_11.tar.gz'; \
        ;; \
      *) echo "Unsupported arch: ${ARCH}" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    curl -fsSLo /tmp/openjdk.tar.gz "${BINARY_URL}"; \
    mkdir -p "$JAVA_HOME"; \
    tar -xzf /tmp/openjdk.tar.gz -C "$JAVA_HOME" --strip-components=1 --no-same-owner; \
    rm -f /tmp/openjdk.tar.gz; \
    rm -rf /var/lib/apt/lists/*; \
    java -version

# AVX tuning for the x86 fleet; IgnoreUnrecognizedVMOptions keeps arm64 JVMs starting
ENV JAVA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=75.0 -XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2"

WORKDIR /opt/app
COPY build/libs/reports-all.jar app.jar
RUN useradd -r -u 10001 app
USER 10001
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]
