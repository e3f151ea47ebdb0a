# corpus: modelled-on=jenkins/agent image ADDing a docker-ce-cli .deb + inbound-agent images setting JAVA_HOME for apt openjdk
# corpus: expect=AL301@8,AL302@11,AL403@16,AL401@19
FROM jenkins/inbound-agent:3256.v88a_f6e922152-1-jdk17

USER root

# Pin the exact CLI package; ADD keeps it cached by URL
ADD https://download.docker.com/linux/debian/dists/bookworm/pool/stable/amd64/docker-ce-cli_26.1.4-1~debian.12~bookworm_amd64.deb /tmp/
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven git make \
    && dpkg -i /tmp/docker-ce-cli_26.1.4-1~debian.12~bookworm_amd64.deb \
    && rm -f /tmp/*.deb \
    && rm -rf /var/lib/apt/lists/*

# Use the distro JDK for both the agent and the Maven builds
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"
ENV MAVEN_OPTS="-Xmx1g -XX:+UseG1GC"
ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:UseAVX=2"

RUN java -version && mvn -v && docker --version

USER jenkins
WORKDIR /home/jenkins/agent
ENTRYPOINT ["/usr/local/bin/jenkins-agent"]
