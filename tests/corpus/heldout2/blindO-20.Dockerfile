# corpus: modelled-on=ubi9/openjdk-21 Maven build on $BUILDPLATFORM copying an arch-neutral jar into ubi9/openjdk-21-runtime
# corpus: expect=
# Bytecode is architecture neutral: building on the native x86_64/amd64 runner
# and copying the jar into an arm64 runtime image is fine.
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi9/openjdk-21:1.20 AS build
USER 0
WORKDIR /build
COPY pom.xml .
COPY .mvn/ .mvn/
RUN mvn -B -q dependency:go-offline
COPY src/ src/
RUN mvn -B -q package -DskipTests \
    && cp target/inventory-*.jar /build/app.jar

FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.20
# JAVA_HOME in this image is /usr/lib/jvm/jre-21 (an alternatives-managed symlink)
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=80 -XX:+UseContainerSupport" \
    JAVA_APP_JAR=/deployments/app.jar
COPY --from=build --chown=185:0 /build/app.jar /deployments/app.jar
USER 185
EXPOSE 8080
HEALTHCHECK --start-period=30s CMD curl -fs http://localhost:8080/q/health/live || exit 1
ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]
