# corpus: modelled-on=ZGC services passing -XX:UseSVE=0 (AArch64-only option)
# corpus: expect=AL401@8
FROM maven:3.9-eclipse-temurin-21 AS build
COPY . /src
RUN mvn -f /src/pom.xml -q package -DskipTests
FROM eclipse-temurin:21-jre
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-XX:+UseZGC", "-XX:+ZGenerational", "-XX:UseSVE=0", "-jar", "/app.jar"]
