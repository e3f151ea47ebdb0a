# corpus: modelled-on=jenkins inbound-agent derived images adding a distro JDK + docker CLI from the docker apt repo
# corpus: expect=
FROM jenkins/inbound-agent:latest-jdk21

USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl gnupg openjdk-17-jdk-headless \
    && install -m 0755 -d /etc/apt/keyrings \
    && curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg \
    && . /etc/os-release \
    && echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/debian ${VERSION_CODENAME} stable" \
        > /etc/apt/sources.list.d/docker.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends docker-ce-cli docker-buildx-plugin docker-compose-plugin \
    && rm -rf /var/lib/apt/lists/*

# Debian names the JDK dir per arch (java-17-openjdk-amd64 / java-17-openjdk-arm64);
# give Maven toolchains a stable path instead of hardcoding one of them.
RUN ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jdk17
ENV JDK17_HOME=/usr/lib/jvm/jdk17
ENV JAVA_OPTS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75.0"

RUN groupadd -f docker && usermod -aG docker jenkins
USER jenkins
