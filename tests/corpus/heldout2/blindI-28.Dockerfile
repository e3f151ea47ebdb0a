# corpus: modelled-on=jenkinsci/docker controller image, here installing the arch-independent jenkins_*_all.deb plus the docker static CLI
# corpus: expect=
FROM eclipse-temurin:17-jre-jammy

ARG JENKINS_VERSION=2.479.3
ARG DOCKER_CLI_VERSION=27.3.1
ENV JENKINS_HOME=/var/jenkins_home \
    JAVA_OPTS="-Djenkins.install.runSetupWizard=false -XX:+UseG1GC -XX:MaxRAMPercentage=70" \
    JENKINS_OPTS="--httpPort=8080"

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl git openssh-client fontconfig tini \
 && rm -rf /var/lib/apt/lists/*

# the Debian package only carries jenkins.war and scripts, it is built as Architecture: all
RUN curl -fsSLO "https://pkg.jenkins.io/debian-stable/binary/jenkins_${JENKINS_VERSION}_all.deb" \
 && apt-get update \
 && apt-get install -y --no-install-recommends "./jenkins_${JENKINS_VERSION}_all.deb" \
 && rm -f "jenkins_${JENKINS_VERSION}_all.deb" && rm -rf /var/lib/apt/lists/*

# download.docker.com lays out the static builds per `uname -m` (x86_64/aarch64)
RUN curl -fsSL "https://download.docker.com/linux/static/stable/$(uname -m)/docker-${DOCKER_CLI_VERSION}.tgz" \
    | tar -xz -C /usr/local/bin --strip-components=1 docker/docker

COPY plugins.txt /usr/share/jenkins/ref/plugins.txt
RUN mkdir -p "$JENKINS_HOME" && chown -R jenkins "$JENKINS_HOME"
USER jenkins
VOLUME /var/jenkins_home
EXPOSE 8080 50000
ENTRYPOINT ["/usr/bin/tini", "--", "sh", "-c", "exec java $JAVA_OPTS -jar /usr/share/java/jenkins.war $JENKINS_OPTS"]
