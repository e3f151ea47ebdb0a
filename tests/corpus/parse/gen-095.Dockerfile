# Maintained by the platform team.
# See README for build instructions.

ARG JDK=21
ARG DISTRO=jammy
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0

FROM gradle:8.6-jdk17 AS build
COPY --chown=gradle:gradle . /home/gradle/src
WORKDIR /home/gradle/src
RUN gradle bootJar --no-daemon

FROM openjdk:17-jdk-slim
EXPOSE 8080
RUN mkdir /app
COPY --from=build /home/gradle/src/build/libs/*.jar /app/spring-boot-application.jar
ENV JAVA_OPTS "-XX:+UseG1GC -XX:UseAVX=2"
ENTRYPOINT exec java $JAVA_OPTS -jar /app/spring-boot-application.jar
FROM debian:bookworm-slim
ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version; \
	gosu nobody true
