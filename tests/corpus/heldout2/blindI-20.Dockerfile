# corpus: modelled-on=docker-library/tomcat Dockerfile (Tomcat Native built from bin/tomcat-native.tar.gz with dpkg-architecture --build)
# corpus: expect=
FROM eclipse-temurin:17-jdk-jammy

ENV CATALINA_HOME=/usr/local/tomcat
ENV PATH=$CATALINA_HOME/bin:$PATH
ENV TOMCAT_NATIVE_LIBDIR=$CATALINA_HOME/native-jni-lib
ENV LD_LIBRARY_PATH=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$TOMCAT_NATIVE_LIBDIR
ENV TOMCAT_VERSION=10.1.33
WORKDIR $CATALINA_HOME

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl dpkg-dev gcc make libapr1-dev libssl-dev; \
    curl -fsSL "https://archive.apache.org/dist/tomcat/tomcat-10/v${TOMCAT_VERSION}/bin/apache-tomcat-${TOMCAT_VERSION}.tar.gz" \
      | tar -xz --strip-components=1; \
    rm -rf webapps/* bin/*.bat; \
    nativeBuildDir="$(mktemp -d)"; \
    tar -xf bin/tomcat-native.tar.gz -C "$nativeBuildDir" --strip-components=1; \
    gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
    ( cd "$nativeBuildDir/native" && \
      ./configure --build="$gnuArch" --libdir="$TOMCAT_NATIVE_LIBDIR" --prefix="$CATALINA_HOME" \
        --with-apr="$(command -v apr-1-config)" --with-java-home="$JAVA_HOME" --with-ssl && \
      make -j "$(nproc)" && make install ); \
    rm -rf "$nativeBuildDir" bin/tomcat-native.tar.gz; \
    rm -rf /var/lib/apt/lists/*

# AVX-512 downclocking hurt us on Skylake-SP; the option is silently dropped on arm64
ENV CATALINA_OPTS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:+UseG1GC -XX:MaxRAMPercentage=70"
COPY target/ROOT.war webapps/ROOT.war
EXPOSE 8080
CMD ["catalina.sh", "run"]
