# corpus: modelled-on=self-built Kafka broker image (trajano/docker-kafka, ashokhin/openshift-kafka) with Temurin tarball and jemalloc preload
# corpus: expect=AL301@17,AL403@25
FROM debian:bookworm-slim

ARG KAFKA_VERSION=3.8.1
ARG SCALA_VERSION=2.13
ENV JAVA_HOME=/opt/java/openjdk \
    KAFKA_HOME=/opt/kafka
ENV PATH=$JAVA_HOME/bin:$KAFKA_HOME/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates libjemalloc2 procps \
 && rm -rf /var/lib/apt/lists/*

# Temurin 21 JRE
RUN mkdir -p "$JAVA_HOME" \
 && curl -fsSL https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.5%2B11/OpenJDK21U-jre_x64_linux_hotspot_21.0.5_11.tar.gz \
    | tar -xz -C "$JAVA_HOME" --strip-components=1

RUN mkdir -p "$KAFKA_HOME" /var/lib/kafka/data \
 && curl -fsSL "https://archive.apache.org/dist/kafka/${KAFKA_VERSION}/kafka_${SCALA_VERSION}-${KAFKA_VERSION}.tgz" \
    | tar -xz -C "$KAFKA_HOME" --strip-components=1 \
 && rm -rf "$KAFKA_HOME"/bin/windows "$KAFKA_HOME"/site-docs

ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 \
    KAFKA_HEAP_OPTS="-Xms1g -Xmx1g" \
    KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35"

COPY docker/server.properties $KAFKA_HOME/config/kraft/server.properties
COPY docker/entrypoint.sh /entrypoint.sh
VOLUME /var/lib/kafka/data
EXPOSE 9092 9093
ENTRYPOINT ["/entrypoint.sh"]
