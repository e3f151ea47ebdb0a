# corpus: modelled-on=Gradle Spring Boot app on eclipse-temurin JRE with sh -c exec entrypoint and actuator HEALTHCHECK
# corpus: expect=
FROM eclipse-temurin:21-jdk-jammy AS build
WORKDIR /workspace
COPY gradlew settings.gradle build.gradle ./
COPY gradle ./gradle
RUN ./gradlew --no-daemon dependencies > /dev/null
COPY src ./src
RUN ./gradlew --no-daemon bootJar -x test \
 && cp build/libs/*-SNAPSHOT.jar /workspace/app.jar

FROM eclipse-temurin:21-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system app && useradd --system --gid app app
WORKDIR /opt/app
COPY --from=build /workspace/app.jar app.jar
# Same flag set on our amd64 and arm64 (Graviton) node pools; intrinsics flags that
# the other JVM port does not know are skipped thanks to IgnoreUnrecognizedVMOptions.
ENV JAVA_OPTS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseZGC -XX:MaxRAMPercentage=80 -XX:+UseLSE -XX:UseAVX=2"
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/app/app.jar"]
