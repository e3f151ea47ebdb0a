# corpus: modelled-on=in-house JVM builder base image with ONBUILD triggers (maven app + async-profiler agent)
# corpus: expect=AL403@9,AL401@12,AL301@22
FROM ubuntu:24.04

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jdk-headless maven curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"
# tuned on the c6i fleet
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:UseAVX=2"

WORKDIR /build

# --- triggers executed in every downstream service image ---
ONBUILD COPY pom.xml .
ONBUILD RUN mvn -B -q dependency:go-offline
ONBUILD COPY src/ src/
ONBUILD RUN mvn -B -q package -DskipTests \
         && mkdir -p /opt/profiler \
         && curl -fsSL https://github.com/async-profiler/async-profiler/releases/download/v3.0/async-profiler-3.0-linux-x64.tar.gz \
            | tar -xz --strip-components=1 -C /opt/profiler
ONBUILD RUN cp target/*.jar /opt/app.jar

EXPOSE 8080
CMD ["java", "-jar", "/opt/app.jar"]
