# corpus: modelled-on=crypto-heavy services tuning CLMUL intrinsics
# corpus: expect=AL401@4
FROM openjdk:17-slim
ENV JAVA_TOOL_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:+UseAESCTRIntrinsics -XX:+UseCLMUL"
COPY app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
