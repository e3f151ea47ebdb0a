# corpus: modelled-on=ActiveMQ Classic on a Zulu JRE, arch picked from TARGETARCH (cf. rmohr/docker-activemq, josxha/zulu-openjdk-docker)
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
ARG ZULU_VERSION=17.50.19-ca-jre17.0.11
ARG ACTIVEMQ_VERSION=5.18.4
ENV JAVA_HOME=/opt/zulu ACTIVEMQ_HOME=/opt/activemq
ENV PATH=$JAVA_HOME/bin:$ACTIVEMQ_HOME/bin:$PATH

# Azul calls them x64 / aarch64, buildx calls them amd64 / arm64
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) zarch=x64 ;; \
      arm64) zarch=aarch64 ;; \
      *) echo "no Zulu JRE for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    rm -rf /var/lib/apt/lists/*; \
    curl -fsSL -o /tmp/jre.tgz "https://cdn.azul.com/zulu/bin/zulu${ZULU_VERSION}-linux_${zarch}.tar.gz"; \
    mkdir -p "$JAVA_HOME"; \
    tar -xzf /tmp/jre.tgz -C "$JAVA_HOME" --strip-components=1; \
    rm /tmp/jre.tgz; \
    java -version

RUN curl -fsSL "https://archive.apache.org/dist/activemq/${ACTIVEMQ_VERSION}/apache-activemq-${ACTIVEMQ_VERSION}-bin.tar.gz" \
      | tar -xz -C /opt \
 && ln -s /opt/apache-activemq-${ACTIVEMQ_VERSION} $ACTIVEMQ_HOME \
 && useradd -r -M -d $ACTIVEMQ_HOME activemq \
 && chown -R activemq:activemq /opt/apache-activemq-${ACTIVEMQ_VERSION}

COPY activemq.xml $ACTIVEMQ_HOME/conf/activemq.xml
ENV ACTIVEMQ_OPTS_MEMORY="-Xms256m -Xmx1g"
USER activemq
WORKDIR $ACTIVEMQ_HOME
EXPOSE 8161 61616 5672 61613 1883
CMD ["activemq", "console"]
