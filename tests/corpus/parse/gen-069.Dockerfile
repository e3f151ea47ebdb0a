# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
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

FROM continuumio/miniconda3 AS conda
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
	&& bash /tmp/mc.sh -b -p /opt/conda \
	&& rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"

FROM scratch
COPY --link --from=build /out/app /
