# corpus: modelled-on=doug2525/kafka-connect-docker + openjdk-based Kafka broker images with tuned JVM flags
# corpus: expect=AL403@11,AL401@24
FROM ubuntu:22.04
ARG KAFKA_VERSION=3.8.1
ARG SCALA_VERSION=2.13

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    KAFKA_HOME=/opt/kafka \
    PATH=/opt/kafka/bin:$PATH

RUN curl -fsSL "https://downloads.apache.org/kafka/${KAFKA_VERSION}/kafka_${SCALA_VERSION}-${KAFKA_VERSION}.tgz" \
      | tar -xz -C /opt \
 && ln -s /opt/kafka_${SCALA_VERSION}-${KAFKA_VERSION} /opt/kafka \
 && mkdir -p /opt/jmx \
 && curl -fsSL -o /opt/jmx/jmx_prometheus_javaagent.jar \
      https://repo1.maven.org/maven2/io/prometheus/jmx/jmx_prometheus_javaagent/1.0.1/jmx_prometheus_javaagent-1.0.1.jar

# Broker-side JVM tuning
ENV KAFKA_HEAP_OPTS="-Xms1g -Xmx1g" \
    JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:UseAVX=2"

COPY config/connect-distributed.properties /opt/kafka/config/
EXPOSE 8083
CMD ["connect-distributed.sh", "/opt/kafka/config/connect-distributed.properties"]
