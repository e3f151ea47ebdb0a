# corpus: modelled-on=Elasticsearch from the release tar.gz (per-arch archives) on a RHEL-like minimal base
# corpus: expect=
FROM rockylinux:9-minimal

ARG ES_VERSION=8.13.4
ENV ES_HOME=/usr/share/elasticsearch
ENV PATH=$ES_HOME/bin:$PATH

RUN microdnf install -y tar gzip shadow-utils findutils && microdnf clean all \
 && groupadd -g 1000 elasticsearch \
 && useradd -u 1000 -g 1000 -d "$ES_HOME" -M elasticsearch

RUN set -eux; \
    arch="$(uname -m)"; \
    case "$arch" in \
      x86_64|aarch64) ;; \
      *) echo "no Elasticsearch archive for $arch" >&2; exit 1 ;; \
    esac; \
# Elastic names its archives linux-x86_64 and linux-aarch64, i.e. exactly `uname -m`
    curl -fsSL -o /tmp/es.tar.gz \
      "https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-linux-${arch}.tar.gz"; \
    mkdir -p "$ES_HOME"; \
    tar -xzf /tmp/es.tar.gz -C "$ES_HOME" --strip-components=1; \
    rm -f /tmp/es.tar.gz; \
    "$ES_HOME/jdk/bin/java" -version; \
    chown -R elasticsearch:elasticsearch "$ES_HOME"

COPY --chown=elasticsearch:elasticsearch config/elasticsearch.yml $ES_HOME/config/
COPY --chown=elasticsearch:elasticsearch config/heap.options $ES_HOME/config/jvm.options.d/
ENV ES_JAVA_OPTS="-XX:+UseG1GC -XX:MaxDirectMemorySize=512m"

USER elasticsearch
WORKDIR $ES_HOME
EXPOSE 9200 9300
CMD ["elasticsearch"]
