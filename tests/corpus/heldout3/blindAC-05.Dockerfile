# corpus: modelled-on=jenkins/jenkins controller customisation (docker-ce-cli via apt repo with dpkg arch, kubectl via TARGETARCH, jenkins-plugin-cli)
# corpus: expect=
FROM jenkins/jenkins:2.452.2-lts-jdk17

USER root
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.30.2

# Docker CLI from Docker's own repo; the [arch=...] comes from dpkg so amd64 and arm64 both resolve
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg lsb-release \
 && install -m 0755 -d /etc/apt/keyrings \
 && curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/debian $(lsb_release -cs) stable" \
      > /etc/apt/sources.list.d/docker.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends docker-ce-cli docker-buildx-plugin \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
 && chmod 0755 /usr/local/bin/kubectl \
 && kubectl version --client

USER jenkins
COPY --chown=jenkins:jenkins plugins.txt /usr/share/jenkins/ref/plugins.txt
RUN jenkins-plugin-cli --plugin-file /usr/share/jenkins/ref/plugins.txt
COPY --chown=jenkins:jenkins casc/ /var/jenkins_home/casc_configs/

ENV CASC_JENKINS_CONFIG=/var/jenkins_home/casc_configs \
    JAVA_OPTS="-Djenkins.install.runSetupWizard=false -XX:MaxRAMPercentage=75 -XX:+UseG1GC"
