# corpus: modelled-on=multi-arch protoc toolbox (justin0u0/golang-protoc TARGETPLATFORM case, protoc arch scripts)
# corpus: expect=
FROM python:3.12-slim-bookworm

ARG TARGETARCH
ARG PROTOC_VERSION=27.1
ARG GRPC_WEB_VERSION=1.5.0
ARG GRPC_HEALTH_PROBE_VERSION=v0.4.28

RUN apt-get update && apt-get install -y --no-install-recommends curl unzip ca-certificates \
    && rm -rf /var/lib/apt/lists/*

# protobuf names its assets x86_64 / aarch_64, not amd64 / arm64
RUN case "${TARGETARCH}" in \
      amd64) PROTOC_ARCH=x86_64 ;; \
      arm64) PROTOC_ARCH=aarch_64 ;; \
      *) echo "unsupported TARGETARCH ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && curl -fsSL -o /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${PROTOC_ARCH}.zip" \
 && unzip -q /tmp/protoc.zip -d /usr/local bin/protoc 'include/*' \
 && rm /tmp/protoc.zip

# grpc-web uses uname-style names (x86_64 / aarch64)
RUN curl -fsSL -o /usr/local/bin/protoc-gen-grpc-web \
      "https://github.com/grpc/grpc-web/releases/download/${GRPC_WEB_VERSION}/protoc-gen-grpc-web-${GRPC_WEB_VERSION}-linux-$(uname -m)" \
 && curl -fsSL -o /usr/local/bin/grpc_health_probe \
      "https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/${GRPC_HEALTH_PROBE_VERSION}/grpc_health_probe-linux-${TARGETARCH}" \
 && chmod +x /usr/local/bin/protoc-gen-grpc-web /usr/local/bin/grpc_health_probe

RUN pip install --no-cache-dir grpcio-tools==1.64.1 mypy-protobuf==3.6.0
WORKDIR /protos
ENTRYPOINT ["protoc"]
