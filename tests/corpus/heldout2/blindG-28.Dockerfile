# corpus: modelled-on=docker-library/cassandra 5.0/Dockerfile (jemalloc via /usr/lib/*/ glob, ppc64el-only stack tweak)
# corpus: expect=
FROM eclipse-temurin:17-jre-noble

RUN set -eux; groupadd -r cassandra --gid=999; useradd -r -g cassandra --uid=999 cassandra

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends libjemalloc2 procps python3 iproute2 numactl gosu; \
	rm -rf /var/lib/apt/lists/*; \
# "bin/cassandra" only looks for libjemalloc.so / .so.1; resolve the multiarch path instead of hardcoding it
	libjemalloc="$(readlink -e /usr/lib/*/libjemalloc.so.2)"; \
	ln -sT "$libjemalloc" /usr/local/lib/libjemalloc.so; \
	ldconfig; \
	gosu nobody true

ENV CASSANDRA_HOME=/opt/cassandra CASSANDRA_CONF=/etc/cassandra
ENV PATH $CASSANDRA_HOME/bin:$PATH
ENV CASSANDRA_VERSION 5.0.6
ENV CASSANDRA_SHA512 b5b1ce0cc0e28bcd2a1c4b2d7d9a4be8e8cc3f0a0b0e0b1c9f1a5f1ddf9f9c8b2fc0e9c8d6d3e4f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718

RUN set -eux; \
	wget --progress=dot:giga -O cassandra-bin.tgz "https://archive.apache.org/dist/cassandra/$CASSANDRA_VERSION/apache-cassandra-$CASSANDRA_VERSION-bin.tar.gz"; \
	echo "$CASSANDRA_SHA512 *cassandra-bin.tgz" | sha512sum --check --strict -; \
	mkdir -p "$CASSANDRA_HOME"; tar --extract --file cassandra-bin.tgz --directory "$CASSANDRA_HOME" --strip-components 1; \
	rm cassandra-bin.tgz; \
	mv "$CASSANDRA_HOME/conf" "$CASSANDRA_CONF"; ln -sT "$CASSANDRA_CONF" "$CASSANDRA_HOME/conf"; \
	dpkgArch="$(dpkg --print-architecture)"; \
	case "$dpkgArch" in \
		ppc64el) sed -ri 's/^-Xss256k$/-Xss512k/' "$CASSANDRA_CONF/jvm-server.options" ;; \
	esac; \
	mkdir -p /var/lib/cassandra /var/log/cassandra; \
	chown -R cassandra:cassandra "$CASSANDRA_CONF" /var/lib/cassandra /var/log/cassandra; \
	cassandra -v

VOLUME /var/lib/cassandra
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 7000 7001 7199 9042
CMD ["cassandra", "-f"]
