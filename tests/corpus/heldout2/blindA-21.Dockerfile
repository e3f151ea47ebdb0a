# corpus: modelled-on=Debian openjdk images; JAVA_HOME built from ${TARGETARCH} (cf. devcontainer feature JAVA_HOME=/usr/lib/jvm/java-17-openjdk-${TARGETARCH}) plus an Architecture: all .deb
# corpus: expect=
FROM debian:bookworm-slim

ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# Debian names the JVM directory after the dpkg architecture (amd64 / arm64),
# which for both of our platforms is exactly $TARGETARCH.
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-${TARGETARCH}
ENV PATH="${JAVA_HOME}/bin:${PATH}"

# site configuration package from the packaging job (Architecture: all)
COPY packaging/out/ledger-site-config_2.3.0_all.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/ledger-site-config_2.3.0_all.deb \
 && rm -rf /tmp/*.deb /var/lib/apt/lists/* \
 && test -x "${JAVA_HOME}/bin/java"

RUN useradd --system --home /srv/ledger ledger
WORKDIR /srv/ledger
COPY target/ledger-batch.jar ./ledger-batch.jar
USER ledger
CMD ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=60", "-jar", "ledger-batch.jar"]
