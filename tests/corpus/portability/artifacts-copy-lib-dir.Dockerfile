# corpus: modelled-on=vendored native libraries per architecture
# corpus: expect=AL303@5
FROM eclipse-temurin:21-jre
COPY target/app.jar /app/app.jar
COPY native/linux-x86_64/ /app/native/
ENV LD_LIBRARY_PATH=/app/native
