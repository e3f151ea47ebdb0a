# corpus: modelled-on=jenkinsci/docker jre-build stage (jlink a trimmed runtime, copy into a slim base), Spring Boot app with embedded Tomcat
# corpus: expect=
ARG JAVA_VERSION=21
FROM eclipse-temurin:${JAVA_VERSION}-jdk-jammy AS jre-build

# deliberately no --platform on this stage: jlink copies the jmods of the JDK it
# runs on, so it must execute as the target architecture (amd64 or arm64)
RUN jlink \
      --add-modules java.base,java.logging,java.naming,java.net.http,java.sql,java.xml,java.management,java.instrument,java.desktop,jdk.crypto.ec,jdk.unsupported \
      --strip-debug --no-man-pages --no-header-files \
      --compress=zip-6 \
      --output /javaruntime

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jre-build /javaruntime $JAVA_HOME

RUN apt-get update \
 && apt-get install -y --no-install-recommends tini ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -r -u 10001 -d /app app

WORKDIR /app
COPY --chown=app target/catalog-api.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["tini", "--", "java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
