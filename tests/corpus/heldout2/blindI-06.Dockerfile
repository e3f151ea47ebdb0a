# corpus: modelled-on=qnib/uplain-opendistro-elasticsearch (wget elasticsearch-*-amd64.deb && dpkg -i)
# corpus: expect=AL301@15,AL301@16,AL302@17
FROM ubuntu:22.04

ARG ES_VERSION=8.15.3
ENV ES_HOME=/usr/share/elasticsearch \
    ES_PATH_CONF=/etc/elasticsearch \
    ES_JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseG1GC"

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates gnupg procps \
 && rm -rf /var/lib/apt/lists/*

RUN cd /tmp \
 && curl -fsSLO "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-amd64.deb" \
 && curl -fsSL "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-amd64.deb.sha512" | sha512sum -c - \
 && dpkg -i "elasticsearch-${ES_VERSION}-amd64.deb" \
 && rm -f /tmp/elasticsearch-*.deb

RUN /usr/share/elasticsearch/bin/elasticsearch-plugin install --batch analysis-icu \
 && /usr/share/elasticsearch/bin/elasticsearch-plugin install --batch repository-gcs

COPY --chown=root:elasticsearch config/elasticsearch.yml /etc/elasticsearch/elasticsearch.yml
COPY --chown=root:elasticsearch config/jvm.options.d/ /etc/elasticsearch/jvm.options.d/

USER elasticsearch
WORKDIR /usr/share/elasticsearch
EXPOSE 9200 9300
CMD ["/usr/share/elasticsearch/bin/elasticsearch"]
