# corpus: modelled-on=custom JDK installs from the Adoptium GitHub releases
# corpus: expect=AL301@7
FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk
RUN apt-get update && apt-get install -y curl \
 && mkdir -p $JAVA_HOME \
 && curl -fsSL https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.3%2B9/OpenJDK21U-jdk_x64_linux_hotspot_21.0.3_9.tar.gz \
    | tar -xz -C $JAVA_HOME --strip-components=1
