# corpus: modelled-on=exec-form sh -c entrypoints carrying JVM options
# corpus: expect=AL401@5
FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
ENTRYPOINT ["sh", "-c", "exec java -XX:+UseSVE -XX:MaxRAMPercentage=75 -jar /app.jar"]
