# corpus: modelled-on=Adoptium apt package path temurin-17-jdk-amd64 in PATH
# corpus: expect=AL403@4
FROM ubuntu:22.04
ENV PATH=/usr/lib/jvm/temurin-17-jdk-amd64/bin:$PATH
RUN apt-get update && apt-get install -y wget
