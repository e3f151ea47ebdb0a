# corpus: modelled-on=eclipse-temurin:17-jre-alpine JAVA_OPTS Dockerfile found via search (ENV JAVA_OPTS ... ENTRYPOINT sh -c java $JAVA_OPTS)
# corpus: expect=AL401@17
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre-alpine
WORKDIR /app
COPY --from=build --chown=185 /build/target/*.jar /app/application.jar
EXPOSE 8080
USER 185
ENV JAVA_OPTS="-XX:+UseContainerSupport \
               -XX:MaxRAMPercentage=75.0 \
               -XX:UseAVX=2 \
               -XX:+UseParallelGC \
               -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/application.jar"]
