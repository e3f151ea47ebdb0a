# corpus: modelled-on=Go gRPC service with protoc zip + golang-migrate .deb (protocolbuffers/protobuf releases, golang-migrate/migrate releases)
# corpus: expect=AL301@9,AL301@25,AL302@26
FROM golang:1.23-bookworm AS build
ARG PROTOC_VERSION=28.3
RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-x86_64.zip" \
 && unzip -q /tmp/protoc.zip -d /usr/local \
 && rm /tmp/protoc.zip
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.35.2 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.5.1
WORKDIR /src
COPY . .
RUN protoc -I proto --go_out=. --go-grpc_out=. proto/billing/v1/*.proto \
 && CGO_ENABLED=0 go build -o /out/billing ./cmd/billing

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
# migrations run as an init container from the same image
RUN curl -fsSLo /tmp/migrate.linux-amd64.deb \
      https://github.com/golang-migrate/migrate/releases/download/v4.18.1/migrate.linux-amd64.deb \
 && dpkg -i /tmp/migrate.linux-amd64.deb \
 && rm /tmp/migrate.linux-amd64.deb
COPY --from=build /out/billing /usr/local/bin/billing
COPY migrations /migrations
ENTRYPOINT ["billing"]
