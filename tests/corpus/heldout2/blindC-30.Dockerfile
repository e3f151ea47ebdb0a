# corpus: modelled-on=tomcat official image deployments (WAR into webapps, CATALINA_OPTS tuning), stage pinned to build platform
# corpus: expect=AL208@3,AL401@5
FROM --platform=$BUILDPLATFORM tomcat:10.1-jdk17-temurin-jammy

ENV CATALINA_OPTS="-Xms512m -Xmx1536m -XX:+UseG1GC -XX:+UseBMI2Instructions -Djava.security.egd=file:/dev/urandom" \
    TZ=Europe/Berlin

RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && rm -rf "${CATALINA_HOME}/webapps/"* \
 && useradd --system --uid 10003 --home-dir "${CATALINA_HOME}" tomcat \
 && chown -R tomcat:tomcat "${CATALINA_HOME}/logs" "${CATALINA_HOME}/work" "${CATALINA_HOME}/temp"

COPY conf/server.xml "${CATALINA_HOME}/conf/server.xml"
COPY target/ROOT.war "${CATALINA_HOME}/webapps/ROOT.war"

USER tomcat
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost:8080/health || exit 1
CMD ["catalina.sh", "run"]
