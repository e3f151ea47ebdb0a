# corpus: modelled-on=custom Elasticsearch image (official base + plugins + jvm.options.d) with an SVE-off workaround in ES_JAVA_OPTS
# corpus: expect=AL401@8
ARG ES_VERSION=8.14.1
FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}

# bundled JDK crashed in SVE intrinsics on Graviton3 (INC-4411): keep SVE off
# until the next ES bump ships a fixed JDK
ENV ES_JAVA_OPTS="-Xms2g -Xmx2g -XX:UseSVE=0"

COPY --chown=elasticsearch:root config/elasticsearch.yml /usr/share/elasticsearch/config/
COPY --chown=elasticsearch:root config/jvm.options.d/ /usr/share/elasticsearch/config/jvm.options.d/

RUN bin/elasticsearch-plugin install --batch analysis-icu \
 && bin/elasticsearch-plugin install --batch repository-s3

ENV discovery.type=single-node \
    bootstrap.memory_lock=true \
    xpack.security.enabled=false

HEALTHCHECK --interval=30s --timeout=10s --start-period=120s \
  CMD curl -fs "http://localhost:9200/_cluster/health?wait_for_status=yellow&timeout=5s" || exit 1
EXPOSE 9200 9300
