# corpus: modelled-on=ops toolbox image; download helper function defined in the RUN, arch taken from dpkg
# corpus: expect=
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl dnsutils jq netcat-openbsd \
 && rm -rf /var/lib/apt/lists/*

# every tool below publishes amd64 and arm64 builds under the Debian arch name
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    fetch() { \
      curl -fsSL --retry 3 -o "/usr/local/bin/$1" "$2"; \
      chmod 0755 "/usr/local/bin/$1"; \
    }; \
    fetch gosu    "https://github.com/tianon/gosu/releases/download/1.17/gosu-${arch}"; \
    fetch yq      "https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_${arch}"; \
    fetch kubectl "https://dl.k8s.io/release/v1.31.2/bin/linux/${arch}/kubectl"; \
    kubectl version --client; \
    gosu nobody true

COPY scripts/ /usr/local/bin/
RUN useradd -m ops
USER ops
WORKDIR /home/ops
CMD ["bash"]
