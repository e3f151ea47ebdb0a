# corpus: modelled-on=Logstash from the release tarball on Ubuntu with tini from GitHub releases (cf. mcback ELK elasticsearch no-jdk Dockerfile)
# corpus: expect=AL301@17,AL301@24
FROM ubuntu:22.04

ARG LS_VERSION=8.14.1
ARG TINI_VERSION=v0.19.0
ENV LS_HOME=/usr/share/logstash
ENV PATH=$LS_HOME/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -g 1000 logstash && useradd -u 1000 -g logstash -d $LS_HOME -M logstash

# logstash ships its own JDK under $LS_HOME/jdk, nothing else to install
RUN curl -fsSL -o /tmp/logstash.tar.gz \
      "https://artifacts.elastic.co/downloads/logstash/logstash-${LS_VERSION}-linux-x86_64.tar.gz" \
 && mkdir -p $LS_HOME \
 && tar -xzf /tmp/logstash.tar.gz -C $LS_HOME --strip-components=1 \
 && rm /tmp/logstash.tar.gz \
 && logstash-plugin install logstash-output-opensearch \
 && chown -R logstash:logstash $LS_HOME

ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-amd64 /usr/bin/tini
RUN chmod 0755 /usr/bin/tini

ENV LS_JAVA_OPTS="-Xms1g -Xmx1g"
COPY --chown=logstash:logstash pipeline/ $LS_HOME/pipeline/
COPY --chown=logstash:logstash config/logstash.yml $LS_HOME/config/logstash.yml
USER logstash
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["logstash", "-f", "/usr/share/logstash/pipeline"]
