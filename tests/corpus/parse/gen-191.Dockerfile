# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"

FROM maven:3.9-eclipse-temurin-${JDK} AS build
WORKDIR /workspace
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:${JDK}-jre-${DISTRO}
COPY --from=build /workspace/target/*.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
