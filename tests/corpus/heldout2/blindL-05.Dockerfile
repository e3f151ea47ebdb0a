# corpus: modelled-on=golang protoc codegen image with protoc zip arch in an ARG (cf. tatangharyadi/pos-common docker/Dockerfile)
# corpus: expect=AL301@19
FROM golang:1.22-bookworm

ARG PROTOC_VERSION=27.3
# By default Intel (x86_64) is assumed; Apple-silicon folks pass
# --build-arg PROTOC_ARCH=aarch_64 (see Makefile target `proto-image-m1`).
ARG PROTOC_ARCH=x86_64

RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*

RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1

RUN set -eux; \
    cd /tmp; \
    wget -q "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${PROTOC_ARCH}.zip" -O protoc.zip; \
    unzip -o protoc.zip -d /usr/local bin/protoc 'include/*'; \
    rm protoc.zip; \
    protoc --version

WORKDIR /workspace
ENTRYPOINT ["protoc", "-I", "/workspace/proto"]
