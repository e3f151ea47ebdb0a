# corpus: modelled-on=Kafka Streams app image "tuned for Graviton" (JVM flags + jemalloc preload), company Dockerfile
# corpus: expect=AL401@11,AL403@12,AL401@20
FROM eclipse-temurin:21-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends libjemalloc2 libsnappy1v5 libzstd1 curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -r streams && useradd -r -g streams streams
WORKDIR /opt/stream-app
COPY --chown=streams:streams build/install/stream-app/ ./
# Tuned for Graviton3 node group (see AWS Graviton getting-started notes)
ENV JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -XX:MaxRAMPercentage=70 -XX:-TieredCompilation -XX:+UseLSE" \
    LD_PRELOAD=/usr/lib/aarch64-linux-gnu/libjemalloc.so.2 \
    LD_LIBRARY_PATH=/opt/stream-app/native \
    STREAMS_STATE_DIR=/var/lib/streams
RUN mkdir -p /var/lib/streams && chown streams:streams /var/lib/streams
USER streams
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD curl -fs http://localhost:8080/health/ready || exit 1
CMD java -XX:+UseSIMDForMemoryOps -cp "lib/*" com.example.streams.Main
