# corpus: modelled-on=deepjavalibrary/djl-serving-style Java model server on a CUDA base with openjdk from apt
# corpus: expect=AL403@12,AL401@20
FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04

ARG DJL_VERSION=0.29.0
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        openjdk-17-jdk-headless curl unzip ca-certificates \
    && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64

RUN curl -fsSL -o /tmp/serving.zip https://publish.djl.ai/djl-serving/serving-${DJL_VERSION}.zip \
 && unzip -q /tmp/serving.zip -d /opt \
 && mv /opt/serving-${DJL_VERSION} /opt/djl \
 && rm /tmp/serving.zip

ENV MODEL_SERVER_HOME=/opt/djl \
    JAVA_OPTS="-Xms1g -XX:MaxRAMPercentage=70 -XX:+UseG1GC -XX:UseAVX=2 -XX:+ExitOnOutOfMemoryError"

COPY conf/config.properties /opt/djl/conf/config.properties
COPY model-store/ /opt/ml/model/
RUN useradd -m djl && chown -R djl /opt/djl /opt/ml
USER djl
EXPOSE 8080 8081
CMD ["/opt/djl/bin/serving"]
