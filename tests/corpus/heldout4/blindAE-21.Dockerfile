# corpus: modelled-on=Tomcat webapp image unpacking a Temurin JDK tarball saved as /tmp/jdk.tgz, with tuned JVM flags
# corpus: expect=AL301@13,AL401@23
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl fontconfig tzdata \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/opt/java/openjdk \
    CATALINA_HOME=/opt/tomcat
ENV PATH=$JAVA_HOME/bin:$CATALINA_HOME/bin:$PATH

ARG JDK_URL=https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.10%2B7/OpenJDK17U-jdk_x64_linux_hotspot_17.0.10_7.tar.gz
ARG TOMCAT_VERSION=10.1.18
RUN curl -fsSL -o /tmp/jdk.tgz ${JDK_URL} \
 && curl -fsSL -o /tmp/tomcat.tgz https://archive.apache.org/dist/tomcat/tomcat-10/v${TOMCAT_VERSION}/bin/apache-tomcat-${TOMCAT_VERSION}.tar.gz \
 && mkdir -p "$JAVA_HOME" "$CATALINA_HOME" \
 && tar -xzf /tmp/jdk.tgz -C "$JAVA_HOME" --strip-components=1 \
 && tar -xzf /tmp/tomcat.tgz -C "$CATALINA_HOME" --strip-components=1 \
 && rm -rf /tmp/*.tgz "$CATALINA_HOME"/webapps/*

# vectorised crypto is a measurable win on our Xeon fleet
ENV CATALINA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:UseAVX=3 -XX:+UseAESIntrinsics"
COPY target/shop.war $CATALINA_HOME/webapps/ROOT.war
RUN useradd -r -d $CATALINA_HOME tomcat && chown -R tomcat $CATALINA_HOME
USER tomcat
EXPOSE 8080
CMD ["catalina.sh", "run"]
