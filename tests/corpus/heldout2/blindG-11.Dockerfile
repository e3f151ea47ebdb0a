# corpus: modelled-on=project image derived from docker-library/mongo 4.4 (pinned to amd64 "because of AVX")
# corpus: expect=AL201@7
# Our CI boxes run MongoDB 4.4 for the legacy reporting service. The 5.0+
# images need AVX, and someone hit an arm64 build failure once, so the base
# is pinned to linux/amd64 to "make it work everywhere".
# TODO: drop the pin when we move to 7.0
FROM --platform=linux/amd64 mongo:4.4.29

ENV MONGO_INITDB_DATABASE=reporting

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		curl \
		jq \
	; \
	rm -rf /var/lib/apt/lists/*

COPY --chown=mongodb:mongodb mongod.conf /etc/mongod.conf
COPY initdb/*.js /docker-entrypoint-initdb.d/

HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
	CMD mongo --quiet --eval 'db.runCommand({ ping: 1 }).ok' | grep -q 1

EXPOSE 27017
CMD ["mongod", "--config", "/etc/mongod.conf"]
