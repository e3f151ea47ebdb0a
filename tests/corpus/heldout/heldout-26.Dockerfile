# corpus: modelled-on=Tennis-point/tennis-service Dockerfile and kwx4957/Guacamolib Dockerfile (FROM --platform=linux/x86_64 eclipse-temurin)
# corpus: expect=AL201@3,AL201@8
FROM --platform=linux/amd64 gradle:8.8-jdk17-alpine AS build
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle bootJar --no-daemon -x test

FROM --platform=linux/x86_64 eclipse-temurin:17-jre-alpine
VOLUME /tmp
ARG JAR_FILE=/home/gradle/project/build/libs/*.jar
COPY --from=build ${JAR_FILE} app.jar
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app.jar"]
