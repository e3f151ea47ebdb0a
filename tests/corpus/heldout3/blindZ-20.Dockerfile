# corpus: modelled-on=rebuilding libhadoop with snappy/zstd/isa-l (c-pls/hadoop-cluster isa-l build, fengyunhe/hbase-demo native dir) on Temurin
# corpus: expect=AL402@10,AL403@21
FROM eclipse-temurin:11-jdk-jammy AS native
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake maven protobuf-compiler \
        libsnappy-dev libzstd-dev libssl-dev zlib1g-dev libisal-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src/hadoop-common-project/hadoop-common
COPY hadoop-common-project/hadoop-common/ ./
ENV CFLAGS="-O3 -march=native -pipe"
RUN mvn -q -Pnative -DskipTests -Drequire.snappy -Drequire.zstd -Drequire.isal package

FROM eclipse-temurin:11-jre-jammy
ARG HADOOP_VERSION=3.4.1
RUN apt-get update && apt-get install -y --no-install-recommends libsnappy1v5 libzstd1 libisal2 curl \
 && curl -fsSL "https://dlcdn.apache.org/hadoop/common/hadoop-${HADOOP_VERSION}/hadoop-${HADOOP_VERSION}.tar.gz" | tar -xz -C /opt \
 && ln -s /opt/hadoop-${HADOOP_VERSION} /opt/hadoop \
 && rm -rf /opt/hadoop/lib/native/* /var/lib/apt/lists/*
COPY --from=native /src/hadoop-common-project/hadoop-common/target/native/target/usr/local/lib/ /opt/hadoop/lib/native/
ENV HADOOP_HOME=/opt/hadoop \
    LD_LIBRARY_PATH=/opt/hadoop/lib/native:/usr/lib/x86_64-linux-gnu \
    PATH=/opt/hadoop/bin:$PATH
RUN hadoop checknative -a || true
RUN useradd -m -u 1000 hadoop
USER hadoop
CMD ["hadoop", "version"]
