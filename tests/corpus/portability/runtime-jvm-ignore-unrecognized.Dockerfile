# corpus: modelled-on=images that add IgnoreUnrecognizedVMOptions next to CPU flags
# corpus: expect=
FROM eclipse-temurin:21-jre
ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:MaxRAMPercentage=80"
CMD ["java", "-jar", "/app.jar"]
