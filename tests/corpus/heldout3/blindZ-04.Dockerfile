# corpus: modelled-on=Spark image on Debian with distro JDK; JVM dir resolved via dpkg arch + noarch JDBC jars (schlad3k/distributed-task-architecture, hankehly spark.Dockerfile)
# corpus: expect=
FROM debian:bookworm-slim

ARG SPARK_VERSION=3.5.3
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends openjdk-17-jre-headless libsnappy1v5 libzstd1 curl ca-certificates procps; \
    # Debian names the JVM dir after the arch (java-17-openjdk-amd64 on x86_64,
    # java-17-openjdk-arm64 on aarch64), so link a stable name instead of hardcoding one
    ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jre17; \
    rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/jre17 \
    SPARK_HOME=/opt/spark
RUN curl -fsSL -o /tmp/spark.tgz "https://archive.apache.org/dist/spark/spark-${SPARK_VERSION}/spark-${SPARK_VERSION}-bin-hadoop3.tgz" \
 && mkdir -p "${SPARK_HOME}" \
 && tar -xzf /tmp/spark.tgz -C "${SPARK_HOME}" --strip-components=1 \
 && rm /tmp/spark.tgz

# JDBC drivers are plain jars: the same file works on every architecture
ADD https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar /opt/spark/jars/
ADD https://repo1.maven.org/maven2/com/microsoft/sqlserver/mssql-jdbc/12.8.1.jre11/mssql-jdbc-12.8.1.jre11.jar /opt/spark/jars/

ENV PATH=/opt/spark/bin:/opt/spark/sbin:$PATH \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75"
RUN useradd -r -u 185 -d /opt/spark spark && chown -R spark /opt/spark
USER spark
WORKDIR /opt/spark
CMD ["bin/spark-shell"]
