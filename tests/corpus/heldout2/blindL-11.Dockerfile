# corpus: modelled-on=Spring Boot layered jar on distro openjdk, JAVA_HOME resolved at build time (cf. eclipse-temurin/openjdk Dockerfiles)
# corpus: expect=
FROM eclipse-temurin:21-jdk-jammy AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B package -DskipTests \
 && java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted

FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jre-headless \
 && rm -rf /var/lib/apt/lists/*
# Don't hardcode /usr/lib/jvm/java-21-openjdk-amd64 -- on the arm64 runners the
# directory is ...-arm64. Resolve it once and point a stable symlink at it.
RUN ln -s "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /opt/java
ENV JAVA_HOME=/opt/java
# UseAVX is ignored on aarch64 thanks to IgnoreUnrecognizedVMOptions
ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:MaxRAMPercentage=75 -XX:+UseG1GC"
RUN useradd -r -u 1001 spring
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/application/ ./
USER spring
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
