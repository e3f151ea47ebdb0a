# syntax = docker/dockerfile:1.4

# Build file for the service
ARG JDK=21
ARG DISTRO=jammy
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0
FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]

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

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
