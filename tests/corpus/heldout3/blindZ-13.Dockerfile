# corpus: modelled-on=cp-kafka-connect image with custom SMT jars plus a vendored zstd-jni native lib and JVM tuning flags
# corpus: expect=AL303@9,AL401@15
FROM confluentinc/cp-kafka-connect:7.6.1

USER root
# custom single-message transforms built by CI
COPY build/libs/connect-transforms-*.jar /usr/share/java/kafka-connect-transforms/
# patched zstd-jni native used by the S3 sink's parquet writer
COPY native/linux-x86_64/libzstd-jni-1.5.6-4.so /usr/lib64/

RUN confluent-hub install --no-prompt confluentinc/kafka-connect-s3:10.5.13 \
 && confluent-hub install --no-prompt confluentinc/kafka-connect-avro-converter:7.6.1

ENV CONNECT_PLUGIN_PATH=/usr/share/java,/usr/share/confluent-hub-components \
    JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:UseAVX=3 -XX:MaxGCPauseMillis=100"

USER appuser
EXPOSE 8083
HEALTHCHECK --interval=30s --start-period=90s \
  CMD curl -fs http://localhost:8083/ > /dev/null || exit 1
