# corpus: modelled-on=Spring Boot tutorial Dockerfile (maven build -> ubuntu + openjdk-17-jre-headless) with JAVA_HOME copied from a workstation and "tuned" JVM flags
# corpus: expect=AL403@15,AL403@16,AL401@17
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    PATH="/usr/lib/jvm/java-17-openjdk-amd64/bin:${PATH}"
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:UseAVX=2"

RUN useradd --system --uid 1001 spring
WORKDIR /opt/app
COPY --from=build /build/target/*.jar app.jar
USER spring
EXPOSE 8080
HEALTHCHECK --interval=20s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
