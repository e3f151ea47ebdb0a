# corpus: modelled-on=Maven images with JAVA_HOME and PATH on openjdk-8-amd64
# corpus: expect=AL403@5,AL403@6
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y openjdk-8-jdk maven
ENV JAVA_HOME=/usr/lib/jvm/java-8-openjdk-amd64/jre
ENV PATH=$PATH:/usr/lib/jvm/java-8-openjdk-amd64/bin
