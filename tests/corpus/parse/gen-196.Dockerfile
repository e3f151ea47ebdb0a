#syntax=docker/dockerfile:1-labs
ARG JDK=21
ARG DISTRO=jammy
FROM python:3.11-slim as builder
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
COPY --from=builder /wheels /wheels
RUN pip install --no-cache /wheels/*
FROM busybox:1.36
SHELL ["/bin/sh", "-ec"]
RUN ["echo", "exec form"]
VOLUME ["/data", "/logs"]
VOLUME /cache /tmp/x
CMD [ "sh" , "-c" , "echo $HOME" ]
ENTRYPOINT ["tini", "--", "docker-entrypoint.sh"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]
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

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
