# corpus: modelled-on=protoc + grpc-java plugin fetched with uname -m mapping (cf. download-protoc.sh "case $(arch)" and grpc-java protoc plugin Dockerfile)
# corpus: expect=
FROM debian:bookworm-slim AS tools
ARG PROTOC_VERSION=28.2
ARG GRPC_JAVA_VERSION=1.66.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# Runs inside the target platform (qemu/Rosetta for the non-native one), so
# uname -m reports the image architecture, e.g. x86_64 or aarch64.
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  PARCH=x86_64 ;; \
      aarch64) PARCH=aarch_64 ;; \
      *) echo "unsupported arch $(uname -m)"; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${PARCH}.zip"; \
    unzip -q /tmp/protoc.zip -d /opt/protoc; \
    curl -fsSLo /opt/protoc/bin/protoc-gen-grpc-java \
      "https://repo1.maven.org/maven2/io/grpc/protoc-gen-grpc-java/${GRPC_JAVA_VERSION}/protoc-gen-grpc-java-${GRPC_JAVA_VERSION}-linux-${PARCH}.exe"; \
    chmod +x /opt/protoc/bin/*; \
    rm /tmp/protoc.zip

FROM debian:bookworm-slim
COPY --from=tools /opt/protoc /opt/protoc
ENV PATH=/opt/protoc/bin:$PATH
RUN useradd -r -u 10001 gen
USER gen
WORKDIR /src
ENTRYPOINT ["protoc"]
