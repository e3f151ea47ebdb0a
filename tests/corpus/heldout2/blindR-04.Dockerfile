# corpus: modelled-on=LironEr/docker-mongodb-tools Dockerfile (database tools .deb from fastdl.mongodb.org)
# corpus: expect=AL301@10,AL302@11
FROM ubuntu:22.04

ARG MONGO_TOOLS_VERSION=100.10.0
ARG DEBIAN_FRONTEND=noninteractive

RUN apt-get update && \
    apt-get install -y --no-install-recommends ca-certificates wget awscli && \
    wget -q https://fastdl.mongodb.org/tools/db/mongodb-database-tools-ubuntu2204-x86_64-${MONGO_TOOLS_VERSION}.deb && \
    apt-get install -y ./mongodb-database-tools-ubuntu2204-x86_64-${MONGO_TOOLS_VERSION}.deb && \
    rm -f mongodb-database-tools-*.deb && \
    rm -rf /var/lib/apt/lists/*

WORKDIR /backup
COPY scripts/dump-to-s3.sh /usr/local/bin/dump-to-s3
RUN chmod +x /usr/local/bin/dump-to-s3

ENTRYPOINT ["/usr/local/bin/dump-to-s3"]
