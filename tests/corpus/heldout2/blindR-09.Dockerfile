# corpus: modelled-on=confluentinc cp-kafka-connect image + confluent-hub plugins (many public kafka-connect Dockerfiles)
# corpus: expect=
FROM confluentinc/cp-kafka-connect:7.7.1

ENV CONNECT_PLUGIN_PATH="/usr/share/java,/usr/share/confluent-hub-components" \
    KAFKA_HEAP_OPTS="-Xms512m -Xmx2g"

# Connector jars are pure JVM bytecode, so the same plugin set works on amd64 and arm64.
RUN confluent-hub install --no-prompt confluentinc/kafka-connect-jdbc:10.8.0 \
 && confluent-hub install --no-prompt debezium/debezium-connector-postgresql:2.5.4 \
 && confluent-hub install --no-prompt confluentinc/kafka-connect-s3:10.5.17

USER root
COPY --chown=appuser:appuser drivers/postgresql-42.7.4.jar /usr/share/confluent-hub-components/confluentinc-kafka-connect-jdbc/lib/
USER appuser

# Vector flags are tuned for the x86 fleet; IgnoreUnrecognizedVMOptions keeps arm64 nodes booting.
ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:UseAVX=2"

HEALTHCHECK --interval=30s --timeout=5s --retries=5 \
  CMD curl -fs http://localhost:8083/connectors || exit 1
