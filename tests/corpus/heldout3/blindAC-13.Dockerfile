# corpus: modelled-on=ActiveMQ Artemis on a Zulu JRE tarball from cdn.azul.com, as in several community "ActiveMQ Artemis" Dockerfiles
# corpus: expect=AL209@3,AL301@13
FROM amd64/debian:bookworm-slim

ARG ZULU_PKG=zulu21.34.19-ca-jre21.0.3-linux_x64
ARG ARTEMIS_VERSION=2.35.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates wget libaio1 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -r artemis && useradd -r -g artemis -d /var/lib/artemis-instance artemis

RUN wget -q -O /tmp/jre.tar.gz "https://cdn.azul.com/zulu/bin/${ZULU_PKG}.tar.gz" \
 && mkdir -p /opt/jre \
 && tar -xzf /tmp/jre.tar.gz -C /opt/jre --strip-components=1 \
 && rm /tmp/jre.tar.gz
ENV JAVA_HOME=/opt/jre PATH=/opt/jre/bin:$PATH

RUN wget -q -O /tmp/artemis.tar.gz \
      "https://archive.apache.org/dist/activemq/activemq-artemis/${ARTEMIS_VERSION}/apache-artemis-${ARTEMIS_VERSION}-bin.tar.gz" \
 && mkdir -p /opt/artemis \
 && tar -xzf /tmp/artemis.tar.gz -C /opt/artemis --strip-components=1 \
 && rm /tmp/artemis.tar.gz \
 && /opt/artemis/bin/artemis create --user artemis --password artemis --http-host 0.0.0.0 \
      --require-login --relax-jolokia /var/lib/artemis-instance \
 && chown -R artemis:artemis /var/lib/artemis-instance

USER artemis
EXPOSE 8161 61616 5672
CMD ["/var/lib/artemis-instance/bin/artemis", "run"]
