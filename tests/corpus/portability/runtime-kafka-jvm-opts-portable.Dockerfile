# corpus: modelled-on=Kafka images with KAFKA_JVM_PERFORMANCE_OPTS
# corpus: expect=
FROM openjdk:11-jre-slim
RUN apt-get update && apt-get install -y curl
ENV KAFKA_HEAP_OPTS="-Xmx1G -Xms1G"
ENV KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true"
RUN curl -fsSL https://archive.apache.org/dist/kafka/3.5.1/kafka_2.13-3.5.1.tgz | tar -xz -C /opt
