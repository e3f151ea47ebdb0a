# corpus: modelled-on=fr33code/AWS_Pipeline Dockerfile12 (ENV JAVA_HOME /usr/lib/jvm/java-11-openjdk-amd64/)
# corpus: expect=AL403@9
FROM debian:bookworm
RUN apt-get update && \
    apt-get install -y --no-install-recommends openjdk-17-jdk-headless ant maven git && \
    apt-get clean && rm -rf /var/lib/apt/lists/*

# Setup JAVA_HOME -- useful for docker commandline
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64/
ENV PATH=$JAVA_HOME/bin:$PATH

WORKDIR /build
COPY build.xml .
COPY src ./src
RUN ant -noinput -buildfile build.xml dist
RUN echo $JAVA_HOME && java -version
CMD ["ant", "test"]
