# corpus: modelled-on=protoc plugin bundle (namely-style protoc-all with grpc-gateway builder, jetexe/gobuf-docker)
# corpus: expect=AL201@4,AL403@16
# our plugin mirror used to only serve x86 hosts, so the builder is pinned
FROM --platform=linux/amd64 golang:1.22 AS plugins
ENV CGO_ENABLED=0
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.1 \
 && go install connectrpc.com/connect/cmd/protoc-gen-connect-go@v1.16.2 \
 && go install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway@v2.20.0 \
 && go install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv2@v2.20.0

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends protobuf-compiler libprotobuf-dev ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=plugins /go/bin/ /usr/local/bin/
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu
RUN useradd -m gen
USER gen
WORKDIR /defs
ENTRYPOINT ["protoc", "-I/usr/include", "-I."]
