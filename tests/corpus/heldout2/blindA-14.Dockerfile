# corpus: modelled-on=Tennis-point/tennis-service (FROM --platform=linux/amd64 temurin) + spring-boot oracle-jdk-17 test Dockerfile (curl jdk-17_linux-x64)
# corpus: expect=AL201@3,AL301@21
FROM --platform=linux/amd64 maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM debian:bookworm-slim
ARG JRE_ARCH=x64
ARG JRE_TAG=jdk-17.0.13%2B11
ARG JRE_FILEVER=17.0.13_11
ENV JAVA_HOME=/opt/java/jre
ENV PATH="${JAVA_HOME}/bin:${PATH}"

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates fontconfig \
 && mkdir -p "${JAVA_HOME}" \
 && curl -fsSL \
      "https://github.com/adoptium/temurin17-binaries/releases/download/${JRE_TAG}/OpenJDK17U-jre_${JRE_ARCH}_linux_hotspot_${JRE_FILEVER}.tar.gz" \
      | tar -xz -C "${JAVA_HOME}" --strip-components=1 \
 && apt-get purge -y curl && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --system --uid 1001 billing
WORKDIR /opt/billing
COPY --from=build /build/target/billing-*.jar app.jar
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
