# corpus: modelled-on=buf codegen image with cross-installed Go plugins (jetexe/gobuf-docker, Flared/docker-golang-buf, buf release naming)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS plugins
ARG TARGETOS
ARG TARGETARCH
# when GOARCH differs from the host, go install writes to /go/bin/${GOOS}_${GOARCH}/
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
      go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2 \
 && CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
      go install connectrpc.com/connect/cmd/protoc-gen-connect-go@v1.16.2 \
 && mkdir -p /plugins \
 && if [ -d "/go/bin/${TARGETOS}_${TARGETARCH}" ]; then \
      mv /go/bin/${TARGETOS}_${TARGETARCH}/* /plugins/; \
    else \
      mv /go/bin/protoc-gen-* /plugins/; \
    fi

FROM debian:bookworm-slim
ARG BUF_VERSION=1.34.0
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git \
 && rm -rf /var/lib/apt/lists/*
# buf assets are buf-Linux-x86_64 and buf-Linux-aarch64
RUN curl -fsSL -o /usr/local/bin/buf \
      "https://github.com/bufbuild/buf/releases/download/v${BUF_VERSION}/buf-$(uname -s)-$(uname -m)" \
 && chmod +x /usr/local/bin/buf
COPY --from=plugins /plugins/ /usr/local/bin/
WORKDIR /workspace
ENTRYPOINT ["buf"]
CMD ["generate"]
