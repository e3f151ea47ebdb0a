# corpus: modelled-on=Java service on UBI 9 with a hand-written internal mirror .repo and a versioned OpenJDK JAVA_HOME
# corpus: expect=AL301@10,AL403@18,AL403@19
FROM registry.access.redhat.com/ubi9/ubi:9.4

USER root
# Internal Nexus proxy for the AppStream content we need at build time
RUN printf '%s\n' \
      '[corp-appstream]' \
      'name=Corp mirror - AppStream' \
      'baseurl=https://nexus.corp.example.com/repository/rhel9-appstream/x86_64/os/' \
      'enabled=1' \
      'gpgcheck=1' \
      'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-redhat-release' \
    > /etc/yum.repos.d/corp-appstream.repo \
    && dnf -y --disablerepo='ubi-*' install java-17-openjdk-headless tzdata \
    && dnf clean all

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-17.0.12.0.7-2.el9.x86_64 \
    PATH=$PATH:/usr/lib/jvm/java-17-openjdk-17.0.12.0.7-2.el9.x86_64/bin \
    TZ=Europe/Berlin

WORKDIR /deployments
COPY --chown=185:0 target/quarkus-app/ /deployments/
USER 185
EXPOSE 8080
CMD ["java", "-Dquarkus.http.host=0.0.0.0", "-jar", "/deployments/quarkus-run.jar"]
