# corpus: modelled-on=company Spring Boot gRPC service with protoc installed in the builder and async-profiler in the runtime image
# corpus: expect=AL301@7,AL207@15
FROM gradle:8.5-jdk21 AS build
ARG PROTOC_VERSION=25.1
RUN apt-get update && apt-get install -y --no-install-recommends unzip curl && rm -rf /var/lib/apt/lists/* \
    && curl -fsSL -o /tmp/protoc.zip \
        https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-x86_64.zip \
    && unzip -q /tmp/protoc.zip -d /usr/local && rm /tmp/protoc.zip
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle --no-daemon -PprotocPath=/usr/local/bin/protoc bootJar

FROM eclipse-temurin:21-jre-jammy
# default so `docker build` without buildx still works on the Intel laptops
ARG TARGETARCH=amd64
ARG ASYNC_PROFILER_VERSION=3.0
RUN set -e; \
    case "${TARGETARCH}" in \
      amd64) ap_arch=x64 ;; \
      arm64) ap_arch=arm64 ;; \
      *) echo "no async-profiler build for ${TARGETARCH}"; exit 1 ;; \
    esac; \
    mkdir -p /opt/async-profiler; \
    curl -fsSL "https://github.com/async-profiler/async-profiler/releases/download/v${ASYNC_PROFILER_VERSION}/async-profiler-${ASYNC_PROFILER_VERSION}-linux-${ap_arch}.tar.gz" \
      | tar -xz --strip-components=1 -C /opt/async-profiler

RUN useradd -r -u 1001 svc
WORKDIR /app
COPY --from=build /home/gradle/project/build/libs/*-SNAPSHOT.jar app.jar
USER svc
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseZGC"
EXPOSE 8080 9090
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
