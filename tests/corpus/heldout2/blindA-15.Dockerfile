# corpus: modelled-on=hackyoMa/docker-image Dockerfile (TARGETPLATFORM case -> x64/aarch64 temurin tarball) + adoptium jdk-url helper scripts
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
ARG JDK_TAG=jdk-21.0.5%2B11
ARG JDK_FILEVER=21.0.5_11
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"

# Adoptium calls x86-64 "x64" and arm64 "aarch64", e.g.
#   https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jdk_x64_linux_hotspot_21.0.5_11.tar.gz
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) jdkArch=x64 ;; \
      arm64) jdkArch=aarch64 ;; \
      *) echo "unsupported TARGETARCH ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates fontconfig; \
    curl -fsSL -o /tmp/jdk.tar.gz \
      "https://github.com/adoptium/temurin21-binaries/releases/download/${JDK_TAG}/OpenJDK21U-jdk_${jdkArch}_linux_hotspot_${JDK_FILEVER}.tar.gz"; \
    mkdir -p "${JAVA_HOME}"; \
    tar -xzf /tmp/jdk.tar.gz -C "${JAVA_HOME}" --strip-components=1; \
    rm -rf /tmp/jdk.tar.gz /var/lib/apt/lists/*; \
    java -version

WORKDIR /workspace
COPY gradle/ gradle/
COPY gradlew build.gradle settings.gradle ./
RUN ./gradlew --no-daemon --version
CMD ["jshell"]
