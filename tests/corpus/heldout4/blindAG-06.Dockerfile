# corpus: modelled-on=Spring Boot service with a jlink-trimmed JRE (eclipse-temurin "custom runtime" recipe)
# corpus: expect=AL206@5,AL401@26
FROM --platform=$BUILDPLATFORM eclipse-temurin:21-jdk-jammy AS jre-build
# Create a custom Java runtime (done natively on the builder to save time)
RUN $JAVA_HOME/bin/jlink \
      --add-modules java.base,java.logging,java.naming,java.sql,java.management,jdk.unsupported \
      --strip-debug --no-man-pages --no-header-files --compress=2 \
      --output /javaruntime

FROM --platform=$BUILDPLATFORM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests \
 && cp target/*.jar /build/app.jar

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jre-build /javaruntime $JAVA_HOME
RUN groupadd -r app && useradd -r -g app app
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER app
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:UseAVX=2"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
