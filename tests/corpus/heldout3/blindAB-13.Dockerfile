# corpus: modelled-on=Consensys Teku/Besu JVM consensus-client images (distribution tarball on Ubuntu + OpenJDK)
# corpus: expect=AL403@13,AL401@22
FROM ubuntu:24.04

ARG TEKU_VERSION=24.10.3
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /opt/teku --shell /bin/bash teku

ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64

# the distribution zip/tarball is pure JVM bytecode, identical for every arch
RUN curl -fsSL "https://artifacts.consensys.net/public/teku/raw/names/teku.tar.gz/versions/${TEKU_VERSION}/teku-${TEKU_VERSION}.tar.gz" \
      | tar -xz -C /opt/teku --strip-components=1 \
 && chown -R teku:teku /opt/teku

# tuned on our c6i validator hosts
ENV TEKU_OPTS="-XX:+UseStringDeduplication" \
    JAVA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=70.0 -XX:UseAVX=2" \
    PATH=/opt/teku/bin:$PATH

USER teku
WORKDIR /opt/teku
EXPOSE 9000/tcp 9000/udp 5051 8008
ENTRYPOINT ["/opt/teku/bin/teku"]
