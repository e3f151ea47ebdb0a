# corpus: modelled-on=WildFly app image with a Maven build stage on $BUILDPLATFORM (jboss-dockerfiles/wildfly style)
# corpus: expect=
FROM --platform=$BUILDPLATFORM maven:3.9.7-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
# the WAR is plain bytecode, so one native build serves every target platform
RUN mvn -B -q package -DskipTests

FROM quay.io/wildfly/wildfly:31.0.1.Final-jdk17

ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+UseG1GC -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"

COPY --chown=jboss:0 docker/standalone-custom.xml /opt/jboss/wildfly/standalone/configuration/
COPY --chown=jboss:0 docker/modules/org/postgresql/ /opt/jboss/wildfly/modules/system/layers/base/org/postgresql/
COPY --from=build --chown=jboss:0 /src/target/ledger.war /opt/jboss/wildfly/standalone/deployments/

EXPOSE 8080 9990
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0", "-bmanagement", "0.0.0.0", "-c", "standalone-custom.xml"]
