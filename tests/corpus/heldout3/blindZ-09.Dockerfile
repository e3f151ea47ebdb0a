# corpus: modelled-on=confluentinc/cp-kafka-connect-base with confluent-hub connectors + JDBC/rocksdbjni jars (beto1810/Electronics-Stores-Project, dedovicnermin/BANKINGPROJECT)
# corpus: expect=
FROM confluentinc/cp-kafka-connect-base:7.7.1

ENV CONNECT_PLUGIN_PATH="/usr/share/java,/usr/share/confluent-hub-components"
RUN confluent-hub install --no-prompt confluentinc/kafka-connect-jdbc:10.7.6 \
 && confluent-hub install --no-prompt debezium/debezium-connector-postgresql:2.5.4

# JDBC drivers and rocksdbjni are plain jars; rocksdbjni bundles librocksdbjni-linux64.so
# and librocksdbjni-linux-aarch64.so and loads the right one at runtime
ADD --chown=appuser:appuser https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar \
    /usr/share/confluent-hub-components/confluentinc-kafka-connect-jdbc/lib/
ADD --chown=appuser:appuser https://repo1.maven.org/maven2/org/rocksdb/rocksdbjni/8.11.4/rocksdbjni-8.11.4.jar /usr/share/java/kafka/

# the AVX hint only matters on x86; aarch64 JVMs skip it because of IgnoreUnrecognizedVMOptions
ENV KAFKA_HEAP_OPTS="-Xms512m -Xmx2g" \
    JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:+UseG1GC -XX:MaxGCPauseMillis=200"

COPY --chown=appuser:appuser config/connect-log4j.properties /etc/kafka/connect-log4j.properties
USER appuser
EXPOSE 8083
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD curl -fs http://localhost:8083/connectors > /dev/null || exit 1
