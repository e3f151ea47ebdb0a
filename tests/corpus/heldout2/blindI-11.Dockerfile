# corpus: modelled-on=jlink custom-runtime Spring Boot image with a pinned --platform=linux/amd64 jre-build stage (seen in entrada2-style Dockerfiles)
# corpus: expect=AL201@3
FROM --platform=linux/amd64 eclipse-temurin:21-jdk AS jre-build

# modules computed with: jdeps --ignore-missing-deps --print-module-deps
RUN $JAVA_HOME/bin/jlink \
      --add-modules java.base,java.logging,java.management,java.naming,java.net.http,java.sql,java.instrument,java.security.jgss,jdk.unsupported,jdk.crypto.ec \
      --strip-debug \
      --no-man-pages \
      --no-header-files \
      --compress=zip-6 \
      --output /javaruntime

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jre-build /javaruntime $JAVA_HOME

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /app appuser

WORKDIR /app
COPY --chown=appuser target/ledger-api.jar /app/ledger-api.jar
USER appuser
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=80"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/ledger-api.jar"]
