# corpus: modelled-on=Debian-based images setting JAVA_HOME to openjdk-amd64
# corpus: expect=AL403@5
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH
