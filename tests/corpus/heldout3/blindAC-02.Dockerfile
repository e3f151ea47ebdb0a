# corpus: modelled-on=hand-rolled Tomcat 10 on Debian with apt OpenJDK and CATALINA_OPTS tuning (cf. setenv.sh examples, simis-cms docker/app/Dockerfile)
# corpus: expect=AL403@11,AL401@26
FROM debian:bookworm-slim

ARG TOMCAT_VERSION=10.1.24

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV CATALINA_HOME=/opt/tomcat
ENV PATH=$CATALINA_HOME/bin:$PATH

RUN curl -fsSL -o /tmp/tomcat.tar.gz \
      "https://archive.apache.org/dist/tomcat/tomcat-10/v${TOMCAT_VERSION}/bin/apache-tomcat-${TOMCAT_VERSION}.tar.gz" \
 && mkdir -p "$CATALINA_HOME" \
 && tar -xzf /tmp/tomcat.tar.gz -C "$CATALINA_HOME" --strip-components=1 \
 && rm -rf "$CATALINA_HOME"/webapps/* /tmp/tomcat.tar.gz \
 && useradd -r -d "$CATALINA_HOME" -s /usr/sbin/nologin tomcat \
 && chown -R tomcat:tomcat "$CATALINA_HOME"

# numbers below came out of the load test on the c6i fleet
ENV CATALINA_OPTS="-Xms512m -Xmx2g \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=200 \
    -XX:UseAVX=3 -XX:+UseStringDeduplication \
    -Djava.security.egd=file:/dev/./urandom"

COPY --chown=tomcat:tomcat target/shop.war $CATALINA_HOME/webapps/ROOT.war
USER tomcat
EXPOSE 8080
HEALTHCHECK --interval=20s --timeout=5s --start-period=60s CMD curl -fs http://localhost:8080/ || exit 1
CMD ["catalina.sh", "run"]
