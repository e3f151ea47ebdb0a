# corpus: modelled-on=company Tomcat WAR deployment with AppDynamics Java agent and JasperReports fonts
# corpus: expect=
FROM tomcat:10.1-jdk17-temurin-jammy

ARG APPD_AGENT_VERSION=24.1.0.35418
ENV APPDYNAMICS_AGENT_HOME=/opt/appdynamics \
    APPDYNAMICS_CONTROLLER_HOST_NAME=acme.saas.appdynamics.com \
    APPDYNAMICS_CONTROLLER_PORT=443 \
    APPDYNAMICS_CONTROLLER_SSL_ENABLED=true

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl unzip fontconfig fonts-dejavu fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/* \
    && rm -rf "$CATALINA_HOME"/webapps/*

# the java agent zip is pure bytecode, same file for every arch (mirrored internally)
RUN mkdir -p "$APPDYNAMICS_AGENT_HOME" \
    && curl -fsSL -o /tmp/appd.zip \
       "https://nexus.acme.internal/repository/raw-hosted/appdynamics/AppServerAgent-1.8-${APPD_AGENT_VERSION}.zip" \
    && unzip -q /tmp/appd.zip -d "$APPDYNAMICS_AGENT_HOME" && rm /tmp/appd.zip

# UseAVX was tuned on the old Xeon hosts; IgnoreUnrecognizedVMOptions keeps the JVM
# starting on Graviton where the flag does not exist.
ENV CATALINA_OPTS="-javaagent:/opt/appdynamics/javaagent.jar \
 -XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 \
 -XX:MaxRAMPercentage=70 -XX:+UseG1GC -Djava.awt.headless=true \
 -Duser.timezone=Europe/Zurich -Dfile.encoding=UTF-8"

COPY target/claims-portal.war "$CATALINA_HOME"/webapps/ROOT.war
COPY docker/tomcat/server.xml "$CATALINA_HOME"/conf/server.xml
RUN groupadd -r tomcat && useradd -r -g tomcat tomcat && chown -R tomcat:tomcat "$CATALINA_HOME" "$APPDYNAMICS_AGENT_HOME"
USER tomcat
EXPOSE 8080
CMD ["catalina.sh", "run"]
