# corpus: modelled-on=protoc + grpc-web codegen image (gsh-kz/protobuf-cli, cloud-builders-community protoc/Dockerfile)
# corpus: expect=AL301@15,AL301@20
FROM golang:1.22-bookworm

ARG PROTOC_VERSION=25.3
ARG PROTOC_TARGET=linux-x86_64
ARG GRPC_WEB_VERSION=1.5.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp/protoc
RUN curl -fsSLo protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-${PROTOC_TARGET}.zip" \
 && unzip -q protoc.zip -d /usr/local \
 && rm -rf /tmp/protoc

RUN curl -fsSLo /usr/local/bin/protoc-gen-grpc-web \
      https://github.com/grpc/grpc-web/releases/download/${GRPC_WEB_VERSION}/protoc-gen-grpc-web-${GRPC_WEB_VERSION}-linux-x86_64 \
 && chmod +x /usr/local/bin/protoc-gen-grpc-web

RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.33.0 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.3.0

WORKDIR /workspace
ENTRYPOINT ["protoc", "-I/usr/local/include", "-I."]
