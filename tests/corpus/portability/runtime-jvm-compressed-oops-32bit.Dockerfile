# corpus: modelled-on=an image also built for 32-bit ARM boards
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
# corpus: expect=AL401@5
FROM eclipse-temurin:17-jre
ENV JDK_JAVA_OPTIONS="-XX:+UseCompressedOops -Xmx256m"
CMD ["java", "-jar", "/opt/app.jar"]
