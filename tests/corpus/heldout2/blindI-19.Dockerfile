# corpus: modelled-on=Tomcat webapp image copied from an arch-namespaced official image (arm64v8/openjdk-style FROM) with Graviton-only CATALINA_OPTS
# corpus: expect=AL209@3,AL401@16
FROM arm64v8/tomcat:10.1-jdk17-temurin-jammy

LABEL org.opencontainers.image.title="claims-portal"

RUN rm -rf /usr/local/tomcat/webapps/* \
 && apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

COPY target/claims-portal.war /usr/local/tomcat/webapps/ROOT.war
COPY docker/context.xml /usr/local/tomcat/conf/context.xml
COPY docker/setenv.sh /usr/local/tomcat/bin/setenv.sh

ENV CATALINA_OPTS="-Xms768m -Xmx768m -XX:+UseParallelGC -XX:+UseSIMDForMemoryOps -Dfile.encoding=UTF-8"
ENV TZ=Europe/Berlin

EXPOSE 8080
HEALTHCHECK --start-period=60s CMD curl -fs http://localhost:8080/health || exit 1
CMD ["catalina.sh", "run"]
