# corpus: modelled-on=downloader stages on the build platform whose files are copied into the image
# corpus: expect=AL301@6,AL301@7
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG HELM_VERSION=v3.15.2
RUN mkdir -p /out \
 && wget -qO- https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz | tar -xz -C /out \
 && wget -qO /out/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v27.1/protoc-27.1-linux-x86_64.zip
FROM alpine:3.20
COPY --from=fetch /out/linux-amd64/helm /usr/local/bin/helm
COPY --from=fetch /out/protoc.zip /tmp/
