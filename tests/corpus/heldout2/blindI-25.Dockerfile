# corpus: modelled-on=Micronaut Gradle multi-stage image where both stages were put on $BUILDPLATFORM "to speed up CI"
# corpus: expect=AL208@9
FROM --platform=$BUILDPLATFORM gradle:8.10.2-jdk21-alpine AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle settings.gradle build.gradle gradle.properties ./
COPY --chown=gradle:gradle src ./src
RUN gradle --no-daemon -q shadowJar

FROM --platform=$BUILDPLATFORM eclipse-temurin:21-jre-alpine
RUN apk add --no-cache tini \
 && addgroup -S mn && adduser -S mn -G mn
WORKDIR /home/mn
COPY --from=build --chown=mn:mn /home/gradle/src/build/libs/*-all.jar application.jar
USER mn
ENV MICRONAUT_ENVIRONMENTS=docker \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -XX:+UseStringDeduplication"
EXPOSE 8080
ENTRYPOINT ["/sbin/tini", "--", "java", "-jar", "/home/mn/application.jar"]
