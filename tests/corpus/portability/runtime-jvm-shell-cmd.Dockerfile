# corpus: modelled-on=shell-form CMD with java options
# corpus: expect=AL401@5
FROM eclipse-temurin:17-jre
COPY app.jar /app.jar
CMD exec java -XX:+UseSIMDForMemoryOps -Xmx1g -jar /app.jar
