# corpus: modelled-on=sealed-secrets kubeseal CLI image using the docker-library "apk --print-arch" case, but only the x86_64 branch was filled in; stage written with an explicit --platform=$TARGETPLATFORM
# corpus: expect=AL202@5,AL301@13
# syntax=docker/dockerfile:1
ARG ALPINE_VERSION=3.20
FROM --platform=$TARGETPLATFORM alpine:${ALPINE_VERSION}

ARG KUBESEAL_VERSION=0.27.2
RUN apk add --no-cache ca-certificates curl bash

# TODO(arm): add the aarch64 branch once we have a runner to test it on
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
      x86_64) \
        url="https://github.com/bitnami-labs/sealed-secrets/releases/download/v${KUBESEAL_VERSION}/kubeseal-${KUBESEAL_VERSION}-linux-amd64.tar.gz" ;; \
      *) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;; \
    esac; \
    curl -fsSL "$url" | tar -xz -C /usr/local/bin kubeseal; \
    kubeseal --version

COPY reseal.sh /usr/local/bin/reseal
RUN adduser -D -u 1001 sealer
USER 1001
ENTRYPOINT ["/usr/local/bin/reseal"]
