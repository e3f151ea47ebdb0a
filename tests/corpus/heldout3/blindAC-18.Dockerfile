# corpus: modelled-on=docker-library/tomcat (TOMCAT_NATIVE_LIBDIR, tcnative from source) with the native build moved to $BUILDPLATFORM
# corpus: expect=AL206@13
FROM --platform=$BUILDPLATFORM debian:bookworm AS tcnative
ARG TCNATIVE_VERSION=2.0.7
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential libapr1-dev libssl-dev default-jdk-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
RUN curl -fsSL "https://archive.apache.org/dist/tomcat/tomcat-connectors/native/${TCNATIVE_VERSION}/source/tomcat-native-${TCNATIVE_VERSION}-src.tar.gz" \
      | tar -xz --strip-components=1 \
 && cd native \
 && ./configure --with-apr=/usr/bin/apr-1-config --with-ssl=/usr --with-java-home=/usr/lib/jvm/default-java --prefix=/opt/tcnative && make -j"$(nproc)" && make install

FROM tomcat:10.1-jre17-temurin-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends libapr1 \
 && rm -rf /var/lib/apt/lists/*

# newer tcnative than the one bundled with the base image
COPY --from=tcnative /opt/tcnative/lib/ ${CATALINA_HOME}/native-jni-lib/
ENV CATALINA_OPTS="-Djava.library.path=/usr/local/tomcat/native-jni-lib -XX:MaxRAMPercentage=70"

COPY conf/server.xml ${CATALINA_HOME}/conf/server.xml
COPY target/gateway.war ${CATALINA_HOME}/webapps/ROOT.war
EXPOSE 8080 8443
CMD ["catalina.sh", "run"]
