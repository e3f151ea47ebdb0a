# corpus: modelled-on=corretto/corretto-docker 17/headless/al2023/Dockerfile (rpm names built from $(uname -m))
# corpus: expect=
FROM amazonlinux:2023

ARG version=17.0.13.11-1
# Corretto publishes one rpm per CPU: ...amzn2023.x86_64.rpm and ...amzn2023.aarch64.rpm,
# so the architecture is taken from the running (target) system.
RUN set -eux \
    && rpm --import file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023 \
    && echo "localpkg_gpgcheck=1" >> /etc/dnf/dnf.conf \
    && TMP=$(mktemp -d) && cd "$TMP" \
    && RPMARCH="$(uname -m)" \
    && for pkg in java-17-amazon-corretto-headless java-17-amazon-corretto; do \
         curl --fail -sSLO "https://corretto.aws/downloads/resources/$(echo $version | tr '-' '.')/${pkg}-${version}.amzn2023.${RPMARCH}.rpm"; \
       done \
    && dnf install -y "$TMP"/*.rpm \
    && rm -rf /usr/lib/jvm/java-17-amazon-corretto.${RPMARCH}/lib/src.zip "$TMP" \
    && dnf clean all \
    && sed -i '/localpkg_gpgcheck=1/d' /etc/dnf/dnf.conf

ENV LANG=C.UTF-8 \
    JAVA_HOME=/usr/lib/jvm/java-17-amazon-corretto

WORKDIR /app
COPY build/libs/billing-service.jar /app/app.jar
EXPOSE 8080
USER 1000
CMD ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseG1GC", "-jar", "/app/app.jar"]
