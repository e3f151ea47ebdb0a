# corpus: modelled-on=gRPC/netty Java images letting os-maven-plugin detect the classifier (no override)
# corpus: expect=
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests
FROM eclipse-temurin:21-jre
COPY --from=build /src/target/service.jar /service.jar
ENTRYPOINT ["java", "-jar", "/service.jar"]
