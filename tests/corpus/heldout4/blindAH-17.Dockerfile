# corpus: modelled-on=company Spring Boot service after the "fix" for Apple-silicon laptops and a Graviton experiment
# corpus: expect=AL201@4,AL401@25
# pinned to amd64 because the maven build was flaky on M1 laptops
FROM --platform=linux/amd64 maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre-alpine
RUN apk add --no-cache tzdata curl ttf-dejavu fontconfig musl-locales \
    && addgroup -S spring && adduser -S spring -G spring
ENV TZ=Europe/Amsterdam LANG=en_US.UTF-8

# Prometheus JMX exporter agent (plain jar)
ADD --chown=spring:spring https://repo1.maven.org/maven2/io/prometheus/jmx/jmx_prometheus_javaagent/0.20.0/jmx_prometheus_javaagent-0.20.0.jar /opt/jmx/jmx_prometheus_javaagent.jar
COPY docker/jmx-config.yaml /opt/jmx/config.yaml

WORKDIR /app
COPY --from=build /build/target/*.jar /app/app.jar
USER spring

# LSE atomics: big win on Graviton according to the AWS blog
ENV JAVA_OPTS="-XX:+UseLSE -XX:MaxRAMPercentage=75 -javaagent:/opt/jmx/jmx_prometheus_javaagent.jar=9404:/opt/jmx/config.yaml"
EXPOSE 8080 9404
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
