# corpus: modelled-on=typical container JVM settings
# corpus: expect=
FROM eclipse-temurin:21-jre
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:+UseStringDeduplication"
ENV JAVA_OPTS="-XX:+UseAES -XX:+UseAESIntrinsics -XX:+UseSHA -XX:+ExitOnOutOfMemoryError"
CMD ["java", "-XX:+UseCompressedOops", "-jar", "/app.jar"]
