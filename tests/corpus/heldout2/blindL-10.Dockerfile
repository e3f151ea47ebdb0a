# corpus: modelled-on=Spring Boot service on ubuntu with apt openjdk and JAVA_HOME pinned (cf. Kartheek-30/task-manager .gitpod.Dockerfile, .render-build.sh JAVA_HOME)
# corpus: expect=AL403@9,AL401@12
FROM ubuntu:24.04

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl tzdata \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH
# tuned on the c6i fleet last quarter
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:UseAVX=3 -XX:+UseCountedLoopSafepoints"

RUN groupadd -r app && useradd -r -g app -d /opt/app app
WORKDIR /opt/app
COPY --chown=app:app target/orders-service.jar app.jar
USER app
EXPOSE 8080
HEALTHCHECK --interval=20s --timeout=3s \
  CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
