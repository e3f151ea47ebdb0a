# corpus: modelled-on=Amazon Corretto tarball install scripts (amazon-corretto-<v>-x64-linux-jdk.tar.gz) with uname -m mapping
# corpus: expect=
FROM debian:bookworm-slim

ENV JAVA_HOME=/usr/lib/jvm/corretto-21
ENV PATH=$JAVA_HOME/bin:$PATH

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates; \
    rm -rf /var/lib/apt/lists/*; \
    case "$(uname -m)" in \
      x86_64)  CARCH=x64 ;; \
      aarch64) CARCH=aarch64 ;; \
      *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;; \
    esac; \
    mkdir -p "$JAVA_HOME"; \
    curl -fsSL "https://corretto.aws/downloads/latest/amazon-corretto-21-${CARCH}-linux-jdk.tar.gz" -o /tmp/corretto.tgz; \
    tar -xzf /tmp/corretto.tgz -C "$JAVA_HOME" --strip-components=1; \
    rm /tmp/corretto.tgz; \
    java -version

WORKDIR /srv/billing
COPY build/libs/billing-batch.jar billing-batch.jar
# Generational ZGC, sized for the container's cgroup limit
ENV JDK_JAVA_OPTIONS="-XX:+UseZGC -XX:+ZGenerational -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER 65534
ENTRYPOINT ["java", "-jar", "/srv/billing/billing-batch.jar"]
