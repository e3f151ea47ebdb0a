# corpus: modelled-on=JavaCV/OpenCV Maven project trimming javacpp natives with -Djavacpp.platform (bytedeco docs)
# corpus: expect=AL205@9
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
# only bundle one platform's natives to keep the fat jar small
RUN mvn -B -q package -DskipTests -Djavacpp.platform=linux-x86_64

FROM eclipse-temurin:17-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /workspace/target/thumbnailer-jar-with-dependencies.jar /app/thumbnailer.jar
ENV JAVA_OPTS="-XX:+UseParallelGC -XX:MaxRAMPercentage=80 -Dorg.bytedeco.javacpp.maxbytes=2G"
RUN useradd -r thumb
USER thumb
EXPOSE 9000
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/thumbnailer.jar"]
