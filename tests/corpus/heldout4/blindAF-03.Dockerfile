# corpus: modelled-on=self-built Jenkins inbound agent image on Debian (openjdk from apt, dumb-init .deb, remoting jar)
# corpus: expect=AL301@11,AL302@12,AL403@14
FROM debian:bookworm-slim
ARG DUMB_INIT_VERSION=1.2.5
ARG REMOTING_VERSION=3261.v9c670a_4748a_9
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      openjdk-17-jre-headless git curl ca-certificates openssh-client \
 && rm -rf /var/lib/apt/lists/*
RUN cd /tmp \
 && curl -fsSLO https://github.com/Yelp/dumb-init/releases/download/v${DUMB_INIT_VERSION}/dumb-init_${DUMB_INIT_VERSION}_amd64.deb \
 && dpkg -i dumb-init_${DUMB_INIT_VERSION}_amd64.deb \
 && rm -f dumb-init_*.deb
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH \
    AGENT_WORKDIR=/home/jenkins/agent
RUN useradd -m -d /home/jenkins -u 1000 jenkins \
 && curl -fsSL --create-dirs -o /usr/share/jenkins/agent.jar \
      https://repo.jenkins-ci.org/public/org/jenkins-ci/main/remoting/${REMOTING_VERSION}/remoting-${REMOTING_VERSION}.jar \
 && chmod 644 /usr/share/jenkins/agent.jar \
 && mkdir -p /home/jenkins/agent && chown -R jenkins:jenkins /home/jenkins
USER jenkins
WORKDIR /home/jenkins
ENTRYPOINT ["/usr/bin/dumb-init", "--"]
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /usr/share/jenkins/agent.jar -url \"$JENKINS_URL\" -secret \"$JENKINS_SECRET\" -name \"$JENKINS_AGENT_NAME\" -workDir \"$AGENT_WORKDIR\""]
