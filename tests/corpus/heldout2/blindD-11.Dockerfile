# corpus: modelled-on=LironEr/docker-mongodb-tools Dockerfile + HuberNicolas/sdg-tag-heroes deploy/utils.Dockerfile (mongodb-database-tools x86_64 .deb)
# corpus: expect=AL301@14,AL302@16,AL403@21
FROM ubuntu:24.04

ARG MONGO_TOOLS_VERSION=100.10.0
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        wget ca-certificates cron gzip jq libkrb5-3 libgssapi-krb5-2 \
    && rm -rf /var/lib/apt/lists/*

# MongoDB Database Tools (mongodump / mongorestore) for the nightly backup job
RUN cd /tmp \
    && wget -q https://fastdl.mongodb.org/tools/db/mongodb-database-tools-ubuntu2404-x86_64-${MONGO_TOOLS_VERSION}.deb \
    && apt-get update \
    && apt-get install -y ./mongodb-database-tools-ubuntu2404-x86_64-${MONGO_TOOLS_VERSION}.deb \
    && rm -f /tmp/*.deb \
    && rm -rf /var/lib/apt/lists/*

# GSSAPI auth against the cluster: make the krb5 plugins visible to the tools
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/krb5/plugins:/usr/local/lib

COPY backup.sh /usr/local/bin/backup.sh
COPY crontab /etc/cron.d/mongo-backup
RUN chmod 0755 /usr/local/bin/backup.sh && chmod 0644 /etc/cron.d/mongo-backup
CMD ["cron", "-f"]
