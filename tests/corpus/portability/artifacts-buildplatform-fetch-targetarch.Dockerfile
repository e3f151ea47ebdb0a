# corpus: modelled-on=the same downloader stage following TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETARCH
ARG HELM_VERSION=v3.15.2
RUN mkdir -p /out \
 && wget -qO- https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz | tar -xz -C /out \
 && wget -qO /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v27.1/protoc-27.1-linux-x86_64.zip
FROM alpine:3.20
ARG TARGETARCH
COPY --from=fetch /out/linux-${TARGETARCH}/helm /usr/local/bin/helm
