# corpus: modelled-on=Jetty 12 standalone image with a hand-installed Temurin JRE (oscarhult/jre17 style) and JDK_JAVA_OPTIONS tuning
# corpus: expect=AL301@16,AL401@25
FROM debian:bookworm-slim

ARG JRE_VERSION=21.0.5_11
ARG JDK_ARCH=x64
ARG JETTY_VERSION=12.0.15
ENV JAVA_HOME=/opt/java/openjdk \
    JETTY_HOME=/opt/jetty \
    JETTY_BASE=/var/lib/jetty
ENV PATH=$JAVA_HOME/bin:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*

RUN mkdir -p "$JAVA_HOME" \
 && curl -fsSL "https://github.com/adoptium/temurin21-binaries/releases/download/jdk-${JRE_VERSION%_*}%2B${JRE_VERSION#*_}/OpenJDK21U-jre_${JDK_ARCH}_linux_hotspot_${JRE_VERSION}.tar.gz" \
    | tar -xz -C "$JAVA_HOME" --strip-components=1

RUN mkdir -p "$JETTY_HOME" "$JETTY_BASE" \
 && curl -fsSL "https://repo1.maven.org/maven2/org/eclipse/jetty/jetty-home/${JETTY_VERSION}/jetty-home-${JETTY_VERSION}.tar.gz" \
    | tar -xz -C "$JETTY_HOME" --strip-components=1 \
 && cd "$JETTY_BASE" && java -jar "$JETTY_HOME/start.jar" --add-modules=server,http,ee10-deploy,ee10-webapp

COPY target/search-ui.war $JETTY_BASE/webapps/ROOT.war
ENV JDK_JAVA_OPTIONS="-XX:+UseG1GC -XX:+UseSSE42Intrinsics -XX:MaxRAMPercentage=75"
RUN useradd -r -d "$JETTY_BASE" jetty && chown -R jetty "$JETTY_BASE"
USER jetty
WORKDIR $JETTY_BASE
EXPOSE 8080
CMD ["sh", "-c", "exec java -jar $JETTY_HOME/start.jar"]
