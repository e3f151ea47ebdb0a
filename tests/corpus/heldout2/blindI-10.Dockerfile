# corpus: modelled-on=aws/aperf Dockerfile (async-profiler asset chosen per arch) rewritten with $TARGETARCH mapping
# corpus: expect=
FROM eclipse-temurin:21-jdk-jammy

ARG TARGETARCH
ARG AP_VERSION=3.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl procps \
 && rm -rf /var/lib/apt/lists/*

# async-profiler publishes linux-x64 and linux-arm64 tarballs
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) AP_ARCH=x64 ;; \
      arm64) AP_ARCH=arm64 ;; \
      *) echo "no async-profiler build for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/async-profiler/async-profiler/releases/download/v${AP_VERSION}/async-profiler-${AP_VERSION}-linux-${AP_ARCH}.tar.gz" \
      | tar -xz -C /opt; \
    ln -s "/opt/async-profiler-${AP_VERSION}-linux-${AP_ARCH}" /opt/async-profiler

ENV PATH=/opt/async-profiler/bin:$PATH
WORKDIR /app
COPY target/report-generator.jar app.jar
ENV JAVA_TOOL_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:MaxRAMPercentage=60"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
