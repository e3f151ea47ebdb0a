# corpus: modelled-on=adoptium/containers 17/jdk/ubuntu/jammy Dockerfile (dpkg arch case, Temurin tarball)
# corpus: expect=
FROM ubuntu:22.04

ENV JAVA_HOME=/opt/java/openjdk \
    PATH="/opt/java/openjdk/bin:$PATH" \
    LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      tzdata curl ca-certificates fontconfig locales \
 && echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen \
 && locale-gen en_US.UTF-8 \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_VERSION=jdk-17.0.11+9

RUN set -eux; \
    ARCH="$(dpkg --print-architecture)"; \
    case "${ARCH}" in \
      amd64|i386:x86-64) \
        ESUM='aa7fb6bb342319d227a838af5c363bfa1b4a670c209372f9e6585bd79da6220c'; \
        BINARY_URL='https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.11%2B9/OpenJDK17U-jdk_x64_linux_hotspot_17.0.11_9.tar.gz'; \
        ;; \
      arm64|aarch64) \
        ESUM='9a1a4bfd3a9ec4f8e3c1a4ba8e4d2b1bd4b0a5b2b3e0d82f1e5f7e6c18c2a9d7'; \
        BINARY_URL='https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.11%2B9/OpenJDK17U-jdk_aarch64_linux_hotspot_17.0.11_9.tar.gz'; \
        ;; \
      *) echo "Unsupported arch: ${ARCH}"; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/openjdk.tar.gz "${BINARY_URL}"; \
    echo "${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \
    mkdir -p "$JAVA_HOME"; \
    tar -xzf /tmp/openjdk.tar.gz -C "$JAVA_HOME" --strip-components=1 --no-same-owner; \
    rm -f /tmp/openjdk.tar.gz; \
    java -Xshare:dump; \
    java --version

CMD ["jshell"]
