# corpus: modelled-on=Kubernetes CI runner image, same tool fetching via shell function but arch derived with dpkg
# corpus: expect=
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git openssh-client \
 && rm -rf /var/lib/apt/lists/*

ARG YQ_VERSION=4.40.5
ARG JQ_VERSION=1.7.1
ARG KUSTOMIZE_VERSION=5.3.0
# dpkg names match the upstream asset names (amd64 / arm64) for all three tools
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    fetch() { \
      curl -fsSL --retry 3 -o "/usr/local/bin/$1" "$2"; \
      chmod 0755 "/usr/local/bin/$1"; \
    }; \
    fetch yq https://github.com/mikefarah/yq/releases/download/v${YQ_VERSION}/yq_linux_${arch}; \
    fetch jq https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux-${arch}; \
    curl -fsSL https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv${KUSTOMIZE_VERSION}/kustomize_v${KUSTOMIZE_VERSION}_linux_${arch}.tar.gz \
      | tar -xz -C /usr/local/bin kustomize; \
    yq --version && jq --version && kustomize version

COPY --chmod=0755 entrypoint.sh /usr/local/bin/entrypoint.sh
RUN useradd -m runner
USER runner
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
