# corpus: modelled-on=bazelisk + buildtools image (neticdk/woodpecker-plugin-bazelisk, anguslees/docker-bazel-buildtools)
# corpus: expect=
FROM debian:bookworm-slim

ARG BAZELISK_VERSION=1.20.0
ARG BUILDTOOLS_VERSION=7.1.2
ARG TARGETARCH

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git python3 g++ zip unzip \
 && rm -rf /var/lib/apt/lists/*

# upstream only ships linux-amd64 and linux-arm64 bazelisk binaries
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) url="https://github.com/bazelbuild/bazelisk/releases/download/v${BAZELISK_VERSION}/bazelisk-linux-amd64" ;; \
      arm64) url="https://github.com/bazelbuild/bazelisk/releases/download/v${BAZELISK_VERSION}/bazelisk-linux-arm64" ;; \
      *) echo "unsupported architecture: $arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /usr/local/bin/bazelisk "$url"; \
    chmod +x /usr/local/bin/bazelisk; \
    ln -s /usr/local/bin/bazelisk /usr/local/bin/bazel

RUN for tool in buildifier buildozer; do \
      curl -fsSL -o /usr/local/bin/$tool \
        "https://github.com/bazelbuild/buildtools/releases/download/v${BUILDTOOLS_VERSION}/${tool}-linux-${TARGETARCH}"; \
      chmod +x /usr/local/bin/$tool; \
    done

WORKDIR /workspace
CMD ["bazel", "--version"]
