# corpus: modelled-on=docker.elastic.co elasticsearch image + elasticsearch-plugin install (mintel/docker-elasticsearch-with-aws)
# corpus: expect=
ARG ES_VERSION=8.15.3
FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}

# Plugins are architecture-independent zips published by Elastic.
RUN bin/elasticsearch-plugin install --batch repository-s3 \
 && bin/elasticsearch-plugin install --batch analysis-icu \
 && bin/elasticsearch-plugin install --batch mapper-size

USER root
RUN set -eux; \
    arch="$(uname -m)"; \
    if [ "$arch" = "x86_64" ]; then \
      # only the x86_64 nodes have the NVMe scratch layout from the old AMIs
      ln -s /mnt/nvme0 /usr/share/elasticsearch/scratch; \
    else \
      mkdir -p /usr/share/elasticsearch/scratch; \
    fi; \
    chown -R elasticsearch:root /usr/share/elasticsearch/scratch
USER elasticsearch

COPY --chown=elasticsearch:root config/elasticsearch.yml config/
ENV ES_JAVA_OPTS="-Xms1g -Xmx1g" \
    JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"

HEALTHCHECK --interval=20s CMD curl -fs -u "elastic:${ELASTIC_PASSWORD}" http://localhost:9200/_cluster/health || exit 1
