# corpus: modelled-on=Graviton tuning guides' -XX:+UseLSE in ENTRYPOINT
# corpus: expect=AL401@5
FROM amazoncorretto:21
COPY build/libs/service.jar /opt/service.jar
ENTRYPOINT ["java", "-XX:+UseLSE", "-XX:-TieredCompilation", "-jar", "/opt/service.jar"]
