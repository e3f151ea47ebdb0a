# corpus: modelled-on=jenkinsci/docker-inbound-agent debian/Dockerfile + msaballos219/QR_Code_Generator (JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64) + kubectl download
# corpus: expect=AL301@12,AL403@16,AL401@19
FROM jenkins/inbound-agent:latest-jdk17

USER root
ARG KUBECTL_VERSION=1.31.2

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven git curl python3 \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl \
 && chmod 0755 /usr/local/bin/kubectl

# build with the distro JDK rather than the agent's bundled runtime
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH
ENV MAVEN_OPTS="-Xmx2g"
ENV JAVA_OPTS="-XX:+UseG1GC -XX:UseSSE=4 -XX:MaxRAMPercentage=60"

COPY settings.xml /home/jenkins/.m2/settings.xml
RUN chown -R jenkins:jenkins /home/jenkins/.m2
USER jenkins
