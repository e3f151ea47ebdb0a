# corpus: modelled-on=Spring Boot microservice on distroless Java with layered jar (typical company service Dockerfile)
# corpus: expect=AL401@20
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && mkdir -p /layers \
 && java -Djarmode=layertools -jar target/*.jar extract --destination /layers

# runtime: distroless, runs as nonroot (65532)
FROM gcr.io/distroless/java17-debian12:nonroot
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# perf team: pin AVX2 code paths for the crypto-heavy endpoints
ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=75.0 -XX:UseAVX=2 -Dfile.encoding=UTF-8"
EXPOSE 8080
USER nonroot
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
