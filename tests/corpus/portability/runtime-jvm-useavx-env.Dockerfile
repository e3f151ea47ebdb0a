# corpus: modelled-on=Spring Boot images tuning HotSpot for x86 servers
# corpus: expect=AL401@6
FROM eclipse-temurin:21-jre-jammy
WORKDIR /app
COPY target/app.jar app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:UseAVX=3 -XX:+UseG1GC"
ENTRYPOINT ["java", "-jar", "app.jar"]
