# corpus: modelled-on=docker-library/mongo 7.0 Dockerfile style (upstream apt repo restricted to the arches MongoDB publishes)
# corpus: expect=
FROM ubuntu:jammy

RUN set -eux; \
	groupadd --gid 999 --system mongodb; \
	useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; \
	mkdir -p /data/db /data/configdb; \
	chown -R mongodb:mongodb /data/db /data/configdb

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates gnupg jq numactl procps gosu; \
	rm -rf /var/lib/apt/lists/*; \
	gosu nobody true

RUN set -ex; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver keyserver.ubuntu.com --recv-keys E58830201F7DD82CD808AA84160D26BB1785BA38; \
	mkdir -p /etc/apt/keyrings; gpg --batch --export E58830201F7DD82CD808AA84160D26BB1785BA38 > /etc/apt/keyrings/mongodb.gpg; \
	gpgconf --kill all; rm -rf "$GNUPGHOME"

ENV MONGO_MAJOR 7.0
ENV MONGO_VERSION 7.0.26
# repo.mongodb.org only carries amd64 and arm64 builds of the server for jammy
RUN echo "deb [ arch=amd64,arm64 signed-by=/etc/apt/keyrings/mongodb.gpg ] http://repo.mongodb.org/apt/ubuntu jammy/mongodb-org/$MONGO_MAJOR multiverse" > /etc/apt/sources.list.d/mongodb-org.list

RUN set -x \
	&& export DEBIAN_FRONTEND=noninteractive \
	&& apt-get update \
	&& ln -s /bin/true /usr/local/bin/systemctl \
	&& apt-get install -y "mongodb-org-server=$MONGO_VERSION" "mongodb-org-mongos=$MONGO_VERSION" "mongodb-org-tools=$MONGO_VERSION" mongodb-mongosh \
	&& rm -f /usr/local/bin/systemctl \
	&& rm -rf /var/lib/apt/lists/* /var/lib/mongodb \
	&& mv /etc/mongod.conf /etc/mongod.conf.orig

VOLUME /data/db /data/configdb
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["mongod"]
