# corpus: modelled-on=JAVA_HOME built from TARGETARCH
# corpus: expect=
FROM ubuntu:24.04
ARG TARGETARCH
RUN apt-get update && apt-get install -y openjdk-21-jre-headless
ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-${TARGETARCH}
