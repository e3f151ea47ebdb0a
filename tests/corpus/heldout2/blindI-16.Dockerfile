# corpus: modelled-on=eclipse-temurin image with async-profiler fetched by hardcoded linux-x64 asset (bottleneck-resolve style Dockerfile)
# corpus: expect=AL202@3,AL301@13
FROM --platform=$TARGETPLATFORM eclipse-temurin:21-jdk-jammy

RUN apt-get update && apt-get install -y \
    procps \
    curl \
    unzip \
    && rm -rf /var/lib/apt/lists/*

ENV AP_VERSION=3.0
RUN curl -fsSL -o /tmp/ap.tar.gz \
      https://github.com/async-profiler/async-profiler/releases/download/v${AP_VERSION}/async-profiler-${AP_VERSION}-linux-x64.tar.gz \
 && tar -xzf /tmp/ap.tar.gz -C /opt \
 && mv /opt/async-profiler-${AP_VERSION}-linux-* /opt/async-profiler \
 && rm /tmp/ap.tar.gz

ENV PATH="/opt/async-profiler/bin:$PATH"

WORKDIR /app
COPY target/bottleneck-lab-0.0.1-SNAPSHOT.jar app.jar
# continuous wall-clock profiling, dumped every 10 minutes
ENV JAVA_TOOL_OPTIONS="-agentpath:/opt/async-profiler/lib/libasyncProfiler.so=start,event=wall,loop=10m,file=/tmp/profile-%t.jfr -XX:+UseG1GC"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
