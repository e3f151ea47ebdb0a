# corpus: modelled-on=protoc installed through ARG ARCH=x86_64
# corpus: expect=AL301@6
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl unzip
ARG ARCH=x86_64
RUN curl -fsSL "https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-${ARCH}.zip" -o /tmp/protoc.zip \
 && unzip /tmp/protoc.zip -d /usr/local
