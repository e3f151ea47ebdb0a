# corpus: modelled-on=Spring Boot Maven wrapper builds with container JVM options
# corpus: expect=
FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw dependency:go-offline
COPY src src
RUN ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre-jammy
COPY --from=build /workspace/target/*.jar /app.jar
ENV JAVA_OPTS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:+UseParallelGC"
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app.jar"]
