# corpus: modelled-on=hand-rolled Spark image on Ubuntu with distro OpenJDK (InseeFrLab/spark, Crazylov3/spark JAVA_HOME=java-11-openjdk-amd64)
# corpus: expect=AL403@19,AL403@23
FROM ubuntu:22.04

ARG SPARK_VERSION=3.5.1
ARG HADOOP_PROFILE=3
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless \
        python3 python3-pip \
        curl ca-certificates procps tini \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://archive.apache.org/dist/spark/spark-${SPARK_VERSION}/spark-${SPARK_VERSION}-bin-hadoop${HADOOP_PROFILE}.tgz" \
      | tar -xz -C /opt \
    && ln -s /opt/spark-${SPARK_VERSION}-bin-hadoop${HADOOP_PROFILE} /opt/spark

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    SPARK_HOME=/opt/spark \
    PATH=/opt/spark/bin:/opt/spark/sbin:$PATH
# pick up libsnappy / libzstd from the system for the native codecs
ENV LD_LIBRARY_PATH=/opt/spark/lib/native:/usr/lib/x86_64-linux-gnu

RUN pip3 install --no-cache-dir pyarrow==16.1.0 pandas==2.2.2
RUN groupadd -g 185 spark && useradd -u 185 -g spark -d /opt/spark spark \
    && mkdir -p /opt/spark/work-dir && chown spark:spark /opt/spark/work-dir
USER 185
WORKDIR /opt/spark/work-dir
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["spark-submit", "--version"]
