# corpus: modelled-on=dogbin/dogbin Dockerfile (CMD java exec form with -XX flags), tuned for Graviton
# corpus: expect=AL401@15
FROM gradle:8.8-jdk21 AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle --no-daemon shadowJar

FROM eclipse-temurin:21-jre-jammy
RUN useradd -r -u 1001 app
WORKDIR /opt/app
COPY --from=build /home/gradle/src/app/build/libs/app-all.jar dogbin.jar
USER app
EXPOSE 8080
# tuned on Graviton3 nodes
CMD ["java", "-server", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=100", "-XX:+UseStringDeduplication", "-XX:+UseLSE", "-XX:+UseSIMDForMemoryOps", "-jar", "dogbin.jar"]
