FROM gradle:8-jdk21 AS build
ENV GRADLE_OPTS="-Dorg.gradle.daemon=false \
 -Dorg.gradle.parallel=true \
 -Dorg.gradle.caching=true" \
    JAVA_OPTS='-Xmx2g'
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle --no-daemon build -x test
FROM eclipse-temurin:21-jre-alpine
ARG JAR_FILE=/home/gradle/project/build/libs/*.jar
COPY --from=build ${JAR_FILE} /app.jar
ENTRYPOINT exec java ${JAVA_OPTS} -XX:UseSVE=1 -jar /app.jar
