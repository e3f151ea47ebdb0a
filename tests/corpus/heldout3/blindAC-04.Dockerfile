# corpus: modelled-on=docker-library/cassandra 4.1 Dockerfile + tempo810/adoptopenjdk-debian-jemalloc (copied libjemalloc) + cqlsh driver wheels
# corpus: expect=AL403@20,AL205@32
FROM eclipse-temurin:11-jre-jammy AS jemalloc
RUN apt-get update \
 && apt-get install -y --no-install-recommends libjemalloc2 \
 && rm -rf /var/lib/apt/lists/*

FROM eclipse-temurin:11-jre-jammy
ARG CASSANDRA_VERSION=4.1.5
ENV CASSANDRA_HOME=/opt/cassandra \
    CASSANDRA_CONF=/etc/cassandra \
    PATH=/opt/cassandra/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends procps iproute2 numactl python3 python3-pip curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -r cassandra --gid=999 && useradd -r -g cassandra --uid=999 cassandra

# only the .so is needed, not the whole package
COPY --from=jemalloc /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/local/lib/libjemalloc.so
ENV CASSANDRA_LIBJEMALLOC=/usr/local/lib/libjemalloc.so

RUN curl -fsSL "https://archive.apache.org/dist/cassandra/${CASSANDRA_VERSION}/apache-cassandra-${CASSANDRA_VERSION}-bin.tar.gz" \
      | tar -xz -C /opt \
 && mv /opt/apache-cassandra-${CASSANDRA_VERSION} $CASSANDRA_HOME \
 && mv $CASSANDRA_HOME/conf $CASSANDRA_CONF && ln -s $CASSANDRA_CONF $CASSANDRA_HOME/conf \
 && mkdir -p /var/lib/cassandra /var/log/cassandra \
 && chown -R cassandra:cassandra $CASSANDRA_CONF /var/lib/cassandra /var/log/cassandra

# cqlsh: binary wheels only, there is no compiler in this image
RUN pip3 download --only-binary=:all: --python-version 3.10 \
      --platform manylinux2014_x86_64 -d /tmp/wheels cassandra-driver==3.29.1 \
 && pip3 install --no-index --find-links /tmp/wheels cassandra-driver \
 && rm -rf /tmp/wheels

USER cassandra
EXPOSE 7000 9042
CMD ["cassandra", "-f"]
