# corpus: modelled-on=AWS Graviton Java tuning guidance applied to a Spring Boot service image (JAVA_OPTS via sh -c)
# corpus: expect=AL401@13
FROM eclipse-temurin:17-jre-jammy

RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd -r svc && useradd -r -g svc svc

WORKDIR /opt/svc
COPY build/libs/pricing-engine-all.jar pricing-engine.jar
COPY docker/logback.xml /opt/svc/logback.xml

# tuned on Graviton3 (c7g) nodes during the load test in sprint 42
ENV JAVA_OPTS="-XX:+UseLSE -XX:UseSVE=1 -XX:-TieredCompilation -XX:ReservedCodeCacheSize=64M"
ENV SERVER_PORT=8081 \
    LOGGING_CONFIG=/opt/svc/logback.xml

USER svc
EXPOSE 8081
HEALTHCHECK CMD curl -fs http://localhost:8081/actuator/health/liveness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:MaxRAMPercentage=70 -jar /opt/svc/pricing-engine.jar"]
