# corpus: modelled-on=buf + Go protoc plugins image (jetexe/gobuf-docker, Flared/docker-golang-buf)
# corpus: expect=AL204@5,AL207@11
FROM golang:1.22-alpine AS gen-plugins
ENV GOOS=linux \
    GOARCH=amd64 \
    CGO_ENABLED=0
RUN go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2 \
 && go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.4.0

FROM alpine:3.20 AS buf
ARG TARGETARCH=amd64
ARG BUF_VERSION=1.34.0
RUN apk add --no-cache curl \
 && case "${TARGETARCH}" in amd64) BUF_ARCH=x86_64 ;; arm64) BUF_ARCH=aarch64 ;; *) exit 1 ;; esac \
 && curl -fsSL -o /usr/local/bin/buf \
      "https://github.com/bufbuild/buf/releases/download/v${BUF_VERSION}/buf-Linux-${BUF_ARCH}" \
 && chmod +x /usr/local/bin/buf

FROM alpine:3.20
RUN apk add --no-cache git ca-certificates
COPY --from=buf /usr/local/bin/buf /usr/local/bin/buf
COPY --from=gen-plugins /go/bin/ /usr/local/bin/
WORKDIR /workspace
ENTRYPOINT ["buf"]
