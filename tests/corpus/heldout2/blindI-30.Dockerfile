# corpus: modelled-on=x86-only low-latency trading gateway image (deliberately amd64-only: AVX-512 flags, x86_64 lib paths)
# corpus: expect=
# corpus: platforms=linux/amd64
# This image is only ever deployed on the c7i (Sapphire Rapids) pool
FROM --platform=linux/amd64 eclipse-temurin:21-jre-jammy

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libjemalloc2 numactl \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/ap.tgz https://github.com/async-profiler/async-profiler/releases/download/v3.0/async-profiler-3.0-linux-x64.tar.gz \
 && tar -xzf /tmp/ap.tgz -C /opt && rm /tmp/ap.tgz

ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
WORKDIR /opt/gateway
COPY build/install/fix-gateway/ /opt/gateway/
ENV JAVA_TOOL_OPTIONS="-XX:UseAVX=3 -XX:+UseBMI2Instructions -XX:+UseZGC -XX:+AlwaysPreTouch -XX:+UseNUMA"
EXPOSE 9878
ENTRYPOINT ["numactl", "--cpunodebind=0", "--membind=0", "java", "-cp", "/opt/gateway/lib/*", "com.example.fix.GatewayMain"]
