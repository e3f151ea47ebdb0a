# corpus: modelled-on=openHAB-like home automation Java image on eclipse-temurin (gosu via dpkg arch, JVM flags in JAVA_TOOL_OPTIONS)
# corpus: expect=AL401@20
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM eclipse-temurin:17-jre

ARG GOSU_VERSION=1.17
ENV APP_HOME=/opt/homehub \
    EXTRA_JAVA_OPTS=""

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl unzip fontconfig; \
    rm -rf /var/lib/apt/lists/*; \
    dpkgArch="$(dpkg --print-architecture)"; \
    curl -fsSLo /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/${GOSU_VERSION}/gosu-${dpkgArch}"; \
    chmod +x /usr/local/bin/gosu; \
    gosu nobody true

# heap is small on the Pi anyway
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=60 -XX:+UseCompressedOops -Djava.awt.headless=true"

WORKDIR ${APP_HOME}
COPY distribution/ ${APP_HOME}/
COPY --chmod=0755 entrypoint.sh /entrypoint.sh
EXPOSE 8080 8443
VOLUME ["/opt/homehub/userdata", "/opt/homehub/conf"]
HEALTHCHECK --interval=5m --timeout=10s CMD curl -fs http://localhost:8080/ || exit 1
ENTRYPOINT ["/entrypoint.sh"]
CMD ["gosu", "homehub", "./start.sh"]
