# Maintained by the platform team.
# See README for build instructions.

ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
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

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
