# corpus: modelled-on=Java builds pinned to amd64 in the builder stage
# corpus: expect=AL201@3
FROM --platform=linux/amd64 maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests
FROM eclipse-temurin:21-jre
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
