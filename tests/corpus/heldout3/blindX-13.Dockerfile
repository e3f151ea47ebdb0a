# corpus: modelled-on=weltenwort/filebeat-docker (ADD filebeat linux-x86_64 tarball) and elastic/beats tests Dockerfile-filebeat (metricbeat amd64.deb + dpkg)
# corpus: expect=AL301@14,AL301@21,AL302@22
FROM ubuntu:22.04

ARG BEATS_VERSION=8.13.4
ENV DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/share/filebeat:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl tini \
 && rm -rf /var/lib/apt/lists/*

# log shipper
ADD https://artifacts.elastic.co/downloads/beats/filebeat/filebeat-${BEATS_VERSION}-linux-x86_64.tar.gz /tmp/filebeat.tar.gz
RUN mkdir -p /usr/share/filebeat \
 && tar -xzf /tmp/filebeat.tar.gz -C /usr/share/filebeat --strip-components=1 \
 && rm /tmp/filebeat.tar.gz

# host metrics in the same container (supervised by run.sh)
RUN cd /tmp \
 && curl -fsSLO https://artifacts.elastic.co/downloads/beats/metricbeat/metricbeat-${BEATS_VERSION}-amd64.deb \
 && dpkg -i metricbeat-${BEATS_VERSION}-amd64.deb \
 && rm -f metricbeat-*.deb

COPY filebeat.yml /usr/share/filebeat/filebeat.yml
COPY metricbeat.yml /etc/metricbeat/metricbeat.yml
COPY run.sh /run.sh
RUN chmod go-w /usr/share/filebeat/filebeat.yml /etc/metricbeat/metricbeat.yml

ENTRYPOINT ["/usr/bin/tini", "--", "/run.sh"]
