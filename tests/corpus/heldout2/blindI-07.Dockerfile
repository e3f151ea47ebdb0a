# corpus: modelled-on=docker-library/cassandra Dockerfile (readlink -e /usr/lib/*/libjemalloc.so.2 + gosu by dpkg arch) on distro OpenJDK
# corpus: expect=
FROM debian:bookworm-slim

RUN groupadd -r cassandra --gid=999 && useradd -r -g cassandra --uid=999 cassandra

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless libjemalloc2 procps iproute2 numactl python3 gosu curl ca-certificates; \
    rm -rf /var/lib/apt/lists/*; \
    gosu nobody true; \
# Debian puts the JVM in /usr/lib/jvm/java-17-openjdk-<arch>; link it to an arch-neutral path
    ln -sT "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /opt/java; \
# jemalloc lives in /usr/lib/x86_64-linux-gnu or /usr/lib/aarch64-linux-gnu depending on the image arch
    libjemalloc="$(readlink -e /usr/lib/*/libjemalloc.so.2)"; \
    ln -sT "$libjemalloc" /usr/local/lib/libjemalloc.so; \
    ldconfig

ENV JAVA_HOME=/opt/java \
    CASSANDRA_HOME=/opt/cassandra \
    CASSANDRA_CONF=/etc/cassandra
ENV PATH=$CASSANDRA_HOME/bin:$JAVA_HOME/bin:$PATH
ENV CASSANDRA_LIBJEMALLOC=/usr/local/lib/libjemalloc.so

ARG CASSANDRA_VERSION=4.1.7
RUN set -eux; \
    mkdir -p "$CASSANDRA_HOME"; \
    curl -fsSL "https://archive.apache.org/dist/cassandra/${CASSANDRA_VERSION}/apache-cassandra-${CASSANDRA_VERSION}-bin.tar.gz" \
      | tar -xz -C "$CASSANDRA_HOME" --strip-components=1; \
    mv "$CASSANDRA_HOME/conf" "$CASSANDRA_CONF"; ln -sT "$CASSANDRA_CONF" "$CASSANDRA_HOME/conf"; \
    mkdir -p /var/lib/cassandra /var/log/cassandra; \
    chown -R cassandra:cassandra /var/lib/cassandra /var/log/cassandra "$CASSANDRA_CONF"

COPY docker-entrypoint.sh /usr/local/bin/
VOLUME /var/lib/cassandra
EXPOSE 7000 7001 7199 9042
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["cassandra", "-f"]
