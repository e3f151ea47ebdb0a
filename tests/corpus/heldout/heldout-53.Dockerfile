# corpus: modelled-on=sivchand/docker-kubeconform Dockerfile + docker-library style case mapping, built for amd64, arm64 and arm/v7
# corpus: expect=AL301@9
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM debian:bookworm-slim
ARG YQ_VERSION=v4.44.2
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates jq && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
        amd64) yqBin='yq_linux_amd64' ;; \
        arm64) yqBin='yq_linux_arm64' ;; \
        *) echo >&2 "unsupported architecture: $dpkgArch"; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/${yqBin}"; \
    chmod +x /usr/local/bin/yq; \
    yq --version
COPY render.sh /usr/local/bin/render
ENTRYPOINT ["/usr/local/bin/render"]
