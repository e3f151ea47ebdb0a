# corpus: modelled-on=MongoDB database tools backup image for an x86-only cluster (platform deliberately pinned)
# corpus: expect=
# corpus: platforms=linux/amd64
# This job runs only on the amd64 node pool, and the build only targets linux/amd64.
FROM --platform=linux/amd64 debian:bookworm-slim

ARG MONGO_TOOLS_VERSION=100.10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gzip \
 && curl -fsSL -o /tmp/mongo-tools.deb \
      "https://fastdl.mongodb.org/tools/db/mongodb-database-tools-debian12-x86_64-${MONGO_TOOLS_VERSION}.deb" \
 && apt-get install -y /tmp/mongo-tools.deb \
 && rm -f /tmp/mongo-tools.deb \
 && rm -rf /var/lib/apt/lists/*

RUN useradd -r -u 10001 backup
COPY --chown=backup:backup scripts/ /opt/backup/
USER backup
WORKDIR /opt/backup
ENTRYPOINT ["/opt/backup/mongodump-to-s3.sh"]
