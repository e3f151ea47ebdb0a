# corpus: modelled-on=tomleavy/android-ndk-docker (ENV JAVA_HOME java-*-openjdk-amd64) + Spring Boot jar runner on ubuntu with arch-prefixed base
# corpus: expect=AL209@4,AL403@11,AL401@15
ARG BASE_ARCH=amd64
FROM ${BASE_ARCH}/ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl tini \
    && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"

# vectorised parsing benefits from AVX2 on our c6i nodes
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:UseAVX=2 -Dfile.encoding=UTF-8"

RUN useradd --system --create-home --uid 10001 svc
WORKDIR /opt/app
COPY --chown=svc build/libs/report-service-*.jar app.jar
USER svc
EXPOSE 8080
HEALTHCHECK CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD java -jar /opt/app/app.jar --spring.profiles.active=prod
