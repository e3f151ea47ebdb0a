# corpus: modelled-on=java:8 images with legacy ENV JAVA_OPTS (portable)
# corpus: expect=
FROM java:8
ENV JAVA_OPTS -Xmx512m -XX:+UseG1GC
ADD target/app.jar app.jar
ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar
