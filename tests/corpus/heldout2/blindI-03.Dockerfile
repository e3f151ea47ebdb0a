# corpus: modelled-on=hand-rolled Tomcat on ubuntu with distro OpenJDK (tomcat docker-library layout + JAVA_HOME from apt)
# corpus: expect=AL403@14,AL401@27
FROM ubuntu:22.04

ARG TOMCAT_VERSION=10.1.33
ENV CATALINA_HOME=/opt/tomcat
ENV PATH=$CATALINA_HOME/bin:$PATH

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64

RUN mkdir -p "$CATALINA_HOME" \
 && curl -fsSL "https://archive.apache.org/dist/tomcat/tomcat-10/v${TOMCAT_VERSION}/bin/apache-tomcat-${TOMCAT_VERSION}.tar.gz" \
    | tar -xz -C "$CATALINA_HOME" --strip-components=1 \
 && rm -rf "$CATALINA_HOME"/webapps/* \
 && useradd -r -d "$CATALINA_HOME" tomcat && chown -R tomcat "$CATALINA_HOME"

COPY build/libs/portal.war $CATALINA_HOME/webapps/ROOT.war
COPY conf/server.xml $CATALINA_HOME/conf/server.xml

ENV CATALINA_OPTS="-Xms512m -Xmx1536m \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=200 \
    -XX:+UseBMI2Instructions \
    -Djava.security.egd=file:/dev/./urandom"

USER tomcat
EXPOSE 8080
CMD ["catalina.sh", "run"]
