# corpus: modelled-on=ubuntu + openjdk-17 apt images that export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64, with a tuned JAVA_TOOL_OPTIONS
# corpus: expect=AL403@10,AL401@13
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl fontconfig \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"
# tuned on the c6i fleet
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+UseParallelGC -XX:UseAVX=3 -Dfile.encoding=UTF-8"

RUN groupadd --system reports && useradd --system --gid reports --home /opt/reports reports
WORKDIR /opt/reports
COPY build/libs/report-engine-all.jar app.jar
USER reports
EXPOSE 8085
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8085/health || exit 1
CMD ["java", "-jar", "/opt/reports/app.jar"]
