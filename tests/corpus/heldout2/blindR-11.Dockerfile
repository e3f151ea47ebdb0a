# corpus: modelled-on=OpenSearch tarball install (opensearch-project/opensearch-build docker/release Dockerfile style) + custom JVM opts
# corpus: expect=AL301@12,AL401@22
FROM eclipse-temurin:21-jre-jammy

ARG OPENSEARCH_VERSION=2.18.0
ENV OPENSEARCH_HOME=/usr/share/opensearch \
    PATH=/usr/share/opensearch/bin:$PATH

RUN groupadd -g 1000 opensearch \
 && useradd -u 1000 -g 1000 -d ${OPENSEARCH_HOME} -M opensearch \
 && mkdir -p ${OPENSEARCH_HOME} \
 && curl -fsSL "https://artifacts.opensearch.org/releases/bundle/opensearch/${OPENSEARCH_VERSION}/opensearch-${OPENSEARCH_VERSION}-linux-x64.tar.gz" \
    | tar -xz --strip-components=1 -C ${OPENSEARCH_HOME} \
 && chown -R opensearch:opensearch ${OPENSEARCH_HOME}

WORKDIR ${OPENSEARCH_HOME}
USER opensearch
RUN bin/opensearch-plugin install --batch repository-s3 analysis-icu analysis-kuromoji

# Graviton tuning carried over from the old arm64-only cluster
ENV OPENSEARCH_JAVA_OPTS="-Xms2g -Xmx2g" \
    JAVA_OPTS="-XX:+UseG1GC -XX:+UseSIMDForMemoryOps"

COPY --chown=opensearch:opensearch config/opensearch.yml config/
EXPOSE 9200 9300
CMD ["opensearch"]
