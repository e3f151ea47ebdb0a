# corpus: modelled-on=JavaCPP/Deeplearning4j images selecting native jars with -Djavacpp.platform
# corpus: expect=AL205@7
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
RUN mvn -B -q package -DskipTests -Djavacpp.platform=linux-x86_64
FROM eclipse-temurin:17-jre
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
