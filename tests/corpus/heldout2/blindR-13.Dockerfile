# corpus: modelled-on=elastic centos-based Dockerfile template + rpm install of elasticsearch and a metricbeat sidecar
# corpus: expect=AL301@13,AL302@14
FROM rockylinux:9

ARG ES_VERSION=8.15.3
ENV ELASTIC_CONTAINER=true

RUN dnf install -y --setopt=tsflags=nodocs java-17-openjdk-headless which hostname \
 && dnf clean all

RUN rpm --import https://artifacts.elastic.co/GPG-KEY-elasticsearch \
 && cd /tmp \
 && curl -fsSLO https://artifacts.elastic.co/downloads/elasticsearch/elasticsearch-${ES_VERSION}-x86_64.rpm \
 && rpm -ivh --nodeps elasticsearch-${ES_VERSION}-x86_64.rpm \
 && rm -f elasticsearch-*.rpm

ENV PATH=/usr/share/elasticsearch/bin:$PATH

WORKDIR /usr/share/elasticsearch
RUN bin/elasticsearch-plugin install --batch discovery-ec2
COPY --chown=elasticsearch:elasticsearch elasticsearch.yml /etc/elasticsearch/
USER elasticsearch
EXPOSE 9200 9300
CMD ["/usr/share/elasticsearch/bin/elasticsearch"]
