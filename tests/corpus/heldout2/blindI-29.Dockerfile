# corpus: modelled-on=Amazon Linux based Spring Boot image installing a pinned Corretto RPM straight from corretto.aws
# corpus: expect=AL301@6,AL302@6
FROM amazonlinux:2023

RUN dnf install -y shadow-utils tar gzip \
 && dnf install -y https://corretto.aws/downloads/latest/amazon-corretto-21-x64-linux-jdk.rpm \
 && dnf clean all \
 && useradd -r -u 1000 app

ENV JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto
WORKDIR /home/app
COPY --chown=app target/inventory-sync.jar inventory-sync.jar
USER app
ENV JAVA_OPTS="-XX:+UseParallelGC -XX:ActiveProcessorCount=2 -XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar inventory-sync.jar"]
