# corpus: modelled-on=Kafka Streams app shipping a vendored RocksDB JNI library and Debian JNI dir on java.library.path
# corpus: expect=AL303@12,AL403@21
FROM eclipse-temurin:17-jre-jammy

RUN apt-get update \
 && apt-get install -y --no-install-recommends libsnappy1v5 liblz4-1 libzstd1 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -r -u 1001 streams

WORKDIR /opt/streams
# patched rocksdbjni build (bloom filter fix) - upstream jar's .so is excluded by the shadow config
COPY native/linux-x86_64/librocksdbjni.so /opt/streams/native/
COPY build/libs/fraud-detector-all.jar /opt/streams/app.jar
COPY config/streams.properties /opt/streams/streams.properties

RUN mkdir -p /var/lib/kafka-streams && chown streams /var/lib/kafka-streams
VOLUME /var/lib/kafka-streams
USER streams

ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseG1GC"
ENTRYPOINT ["java", "-Djava.library.path=/opt/streams/native:/usr/lib/x86_64-linux-gnu/jni", "-Drocksdbjni.loader.skip=true", "-jar", "/opt/streams/app.jar", "/opt/streams/streams.properties"]
