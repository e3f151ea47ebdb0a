# corpus: modelled-on=alpine yq/jq utility image; optional --build-arg without default falling back to TARGETARCH
# corpus: expect=
FROM alpine:3.20

ARG TARGETARCH
ARG TARGETVARIANT
# optional: --build-arg BUILD_ARCH=... to force a different binary (no default on purpose)
ARG BUILD_ARCH
ARG YQ_VERSION=v4.44.3

RUN set -eux; \
    apk add --no-cache ca-certificates jq; \
    arch="${BUILD_ARCH:-${TARGETARCH:-amd64}}"; \
    wget -qO /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${arch}"; \
    chmod 0755 /usr/local/bin/yq; \
    echo "${TARGETARCH}${TARGETVARIANT:+/${TARGETVARIANT}}" > /etc/image-arch

WORKDIR /work
ENTRYPOINT ["yq"]
CMD ["--help"]
