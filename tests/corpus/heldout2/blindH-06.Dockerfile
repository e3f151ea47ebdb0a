# corpus: modelled-on=Spring Boot app built with Maven on ubuntu:22.04 using apt openjdk-17 and a hand-set JAVA_HOME
# corpus: expect=AL403@11
FROM ubuntu:22.04 AS build

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven git ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# mvn picks the wrong JDK on the build agents without this
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="$JAVA_HOME/bin:$PATH"

WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre-jammy
WORKDIR /app
RUN useradd --system --no-create-home spring
COPY --from=build /workspace/target/*.jar app.jar
USER spring
ENV JAVA_OPTS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
