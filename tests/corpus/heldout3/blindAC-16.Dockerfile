# corpus: modelled-on=corretto/corretto-docker 21/headless/al2023/Dockerfile (rpm name built from $(uname -m))
# corpus: expect=
FROM amazonlinux:2023

ARG version=21.0.3.9-1

RUN set -eux \
 && rpm --import file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023 \
 && CORRETTO_TMP="$(mktemp -d)" \
 && cd "$CORRETTO_TMP" \
 && rpm_name="java-21-amazon-corretto-headless-${version}.amzn2023.$(uname -m).rpm" \
 && curl --fail -sSLO "https://corretto.aws/downloads/resources/$(echo "$version" | tr '-' '.')/${rpm_name}" \
 && dnf install -y "./${rpm_name}" \
 && cd / && rm -rf "$CORRETTO_TMP" \
 && dnf install -y shadow-utils \
 && dnf clean all \
 && useradd -r -u 1001 -d /app app

# the unversioned symlink exists on both x86_64 and aarch64 installs
ENV LANG=C.UTF-8 \
    JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto

WORKDIR /app
COPY --chown=app build/libs/inventory-service.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
