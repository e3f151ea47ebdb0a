# corpus: modelled-on=Spring Boot fat-jar image on eclipse-temurin with exec-form ENTRYPOINT JVM flags (e.g. dogbin/dogbin Dockerfile)
# corpus: expect=AL401@26
# Order service - Spring Boot 3 runtime image
FROM eclipse-temurin:21-jre-jammy

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl tini \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system spring && useradd --system --gid spring --home /app spring

WORKDIR /app
ARG JAR_FILE=target/order-service-*.jar
COPY ${JAR_FILE} /app/app.jar
COPY docker/application-docker.yml /app/config/application.yml

USER spring:spring
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1

# vectorised checksum code was benchmarked on the c6i fleet with AVX2
ENTRYPOINT ["/usr/bin/tini", "--", "java", \
            "-XX:+UseG1GC", \
            "-XX:MaxRAMPercentage=75.0", \
            "-XX:+ExitOnOutOfMemoryError", \
            "-XX:UseAVX=2", \
            "-Dspring.config.additional-location=/app/config/", \
            "-jar", "/app/app.jar"]
