# corpus: modelled-on=Kafka broker image with a small Go readiness probe cross-compiled on $BUILDPLATFORM (GOARCH=$TARGETARCH)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS probe
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY probe/go.mod probe/go.sum ./
RUN go mod download
COPY probe/ ./
# pure Go, so no C cross toolchain needed; e.g. GOARCH=amd64 on x86 runners, arm64 on Graviton
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/kafka-ready ./cmd/ready

FROM eclipse-temurin:21-jre-jammy
ARG KAFKA_VERSION=3.8.1
ENV KAFKA_HOME=/opt/kafka PATH=/opt/kafka/bin:$PATH
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && mkdir -p $KAFKA_HOME \
 && curl -fsSL "https://archive.apache.org/dist/kafka/${KAFKA_VERSION}/kafka_2.13-${KAFKA_VERSION}.tgz" | tar -xz -C $KAFKA_HOME --strip-components=1
COPY --from=probe /out/kafka-ready /usr/local/bin/kafka-ready
COPY docker/server.properties $KAFKA_HOME/config/kraft/server.properties
ENV KAFKA_HEAP_OPTS="-Xms512m -Xmx512m" \
    KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExplicitGCInvokesConcurrent"
HEALTHCHECK --interval=15s CMD ["kafka-ready", "--bootstrap", "localhost:9092"]
EXPOSE 9092
CMD ["sh", "-c", "kafka-storage.sh format -t $(kafka-storage.sh random-uuid) -c $KAFKA_HOME/config/kraft/server.properties --ignore-formatted && exec kafka-server-start.sh $KAFKA_HOME/config/kraft/server.properties"]
