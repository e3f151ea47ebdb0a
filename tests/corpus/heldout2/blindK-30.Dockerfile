# corpus: modelled-on=autoware-style ${ARCH}/ubuntu base selected via build-arg, protoc release zip via ARG
# corpus: expect=AL209@4,AL301@12
ARG ARCH=amd64
FROM ${ARCH}/ubuntu:22.04

ARG PROTOC_VERSION=28.3
ARG PROTOC_ARCH=x86_64
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake curl unzip ca-certificates libabsl-dev \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/protoc.zip \
        "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${PROTOC_ARCH}.zip" \
    && unzip -q /tmp/protoc.zip -d /usr/local \
    && rm /tmp/protoc.zip
WORKDIR /ws
COPY . .
RUN cmake -B build -DCMAKE_BUILD_TYPE=Release -DProtobuf_PROTOC_EXECUTABLE=/usr/local/bin/protoc \
    && cmake --build build -j"$(nproc)"
CMD ["./build/planner_node"]
