# corpus: modelled-on=TechEmpower/FrameworkBenchmarks frameworks/Java/minijax/minijax.dockerfile (tuned CMD java flags)
# corpus: expect=
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /minijax
COPY pom.xml pom.xml
COPY src src
RUN mvn -B -q clean package

FROM eclipse-temurin:21-jre
WORKDIR /minijax
COPY --from=build /minijax/target/minijax-techempower-0.0.1.jar app.jar
EXPOSE 8080
# the x86 intrinsics flag is ignored on arm64 thanks to IgnoreUnrecognizedVMOptions
CMD ["java", "-server", "-Xms512m", "-Xmx2g", \
     "-XX:+IgnoreUnrecognizedVMOptions", \
     "-XX:UseAVX=3", \
     "-XX:+UseNUMA", "-XX:+UseParallelGC", \
     "-jar", "app.jar"]
