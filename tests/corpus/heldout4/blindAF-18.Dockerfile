# corpus: modelled-on=Tomcat WAR deployment with a per-arch JNI library from the build context (official tomcat base)
# corpus: expect=
FROM tomcat:10.1-jdk17-temurin-jammy
ARG TARGETARCH
RUN rm -rf /usr/local/tomcat/webapps/* \
 && apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# Prebuilt JNI codec libs are kept per Docker arch name: native/amd64/, native/arm64/
COPY native/${TARGETARCH}/libimgcodec.so /usr/local/lib/imgcodec/
COPY target/ROOT.war /usr/local/tomcat/webapps/ROOT.war
ENV CATALINA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.library.path=/usr/local/lib/imgcodec" \
    LD_LIBRARY_PATH=/usr/local/lib/imgcodec:$LD_LIBRARY_PATH \
    TZ=UTC
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD curl -fs http://localhost:8080/health || exit 1
CMD ["catalina.sh", "run"]
