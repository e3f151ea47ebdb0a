# corpus: modelled-on=PyFlink image replacing the Flink JRE with a Temurin JDK chosen per dpkg arch (pattern from flink:1.20 based PyFlink Dockerfiles)
# corpus: expect=
FROM flink:1.20.0-scala_2.12-java11

USER root
# The upstream image only ships a JRE; pemja (PyFlink) needs JDK headers.
RUN set -eux; \
    case "$(dpkg --print-architecture)" in \
      amd64) \
        url='https://github.com/adoptium/temurin11-binaries/releases/download/jdk-11.0.25%2B9/OpenJDK11U-jdk_x64_linux_hotspot_11.0.25_9.tar.gz' ;; \
      arm64) \
        url='https://github.com/adoptium/temurin11-binaries/releases/download/jdk-11.0.25%2B9/OpenJDK11U-jdk_aarch64_linux_hotspot_11.0.25_9.tar.gz' ;; \
      *) echo "unsupported architecture" >&2; exit 1 ;; \
    esac; \
    rm -rf "$JAVA_HOME"; mkdir -p "$JAVA_HOME"; \
    wget -qO- "$url" | tar -xz -C "$JAVA_HOME" --strip-components=1; \
    apt-get update; \
    apt-get install -y --no-install-recommends python3 python3-pip python3-dev build-essential; \
    ln -s /usr/bin/python3 /usr/bin/python; \
    rm -rf /var/lib/apt/lists/*

RUN pip3 install --no-cache-dir apache-flink==1.20.0
RUN wget -q -P /opt/flink/lib/ https://repo.maven.apache.org/maven2/org/apache/flink/flink-sql-connector-kafka/3.3.0-1.20/flink-sql-connector-kafka-3.3.0-1.20.jar \
 && wget -q -P /opt/flink/lib/ https://repo.maven.apache.org/maven2/org/apache/flink/flink-connector-jdbc/3.2.0-1.19/flink-connector-jdbc-3.2.0-1.19.jar
COPY --chown=flink:flink jobs/ /opt/flink/usrlib/
USER flink
