# corpus: modelled-on=Adoptium Temurin Dockerfile arch case (amd64->x64, arm64->aarch64) used to install a JDK on a plain Debian base
# corpus: expect=
FROM debian:bookworm-slim

ARG JDK_VERSION=21.0.5+11
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl fontconfig; \
    rm -rf /var/lib/apt/lists/*; \
    ARCH="$(dpkg --print-architecture)"; \
    case "$ARCH" in \
      amd64) JDK_ARCH=x64 ;; \
      arm64) JDK_ARCH=aarch64 ;; \
      *) echo "Unsupported arch: $ARCH"; exit 1 ;; \
    esac; \
    VER_UNDERSCORE="$(echo "$JDK_VERSION" | tr '+' '_')"; \
    curl -fsSL -o /tmp/jdk.tgz \
      "https://github.com/adoptium/temurin21-binaries/releases/download/jdk-${JDK_VERSION}/OpenJDK21U-jre_${JDK_ARCH}_linux_hotspot_${VER_UNDERSCORE}.tar.gz"; \
    mkdir -p /opt/java/openjdk; \
    tar -xzf /tmp/jdk.tgz -C /opt/java/openjdk --strip-components=1; \
    rm /tmp/jdk.tgz

ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
# Portable flags only; CPU-specific -XX options were dropped when we added Graviton nodes.
ENV JAVA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"

WORKDIR /opt/app
COPY target/app.jar /opt/app/app.jar
RUN groupadd -r app && useradd -r -g app app
USER app
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/app/app.jar"]
