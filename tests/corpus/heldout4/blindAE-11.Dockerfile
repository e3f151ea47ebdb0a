# corpus: modelled-on=Kubernetes CI runner image fetching single-binary tools via a multi-line shell function
# corpus: expect=AL301@17,AL301@18,AL301@19
FROM debian:bookworm-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git openssh-client gettext-base \
 && rm -rf /var/lib/apt/lists/*

ARG YQ_VERSION=4.40.5
ARG JQ_VERSION=1.7.1
ARG KUSTOMIZE_VERSION=5.3.0
RUN set -eux; \
    fetch() { \
      curl -fsSL --retry 3 -o "/usr/local/bin/$1" "$2"; \
      chmod 0755 "/usr/local/bin/$1"; \
    }; \
    fetch yq https://github.com/mikefarah/yq/releases/download/v${YQ_VERSION}/yq_linux_amd64; \
    fetch jq https://github.com/jqlang/jq/releases/download/jq-${JQ_VERSION}/jq-linux-amd64; \
    curl -fsSL https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv${KUSTOMIZE_VERSION}/kustomize_v${KUSTOMIZE_VERSION}_linux_amd64.tar.gz \
      | tar -xz -C /usr/local/bin kustomize; \
    yq --version && jq --version && kustomize version

COPY --chmod=0755 entrypoint.sh /usr/local/bin/entrypoint.sh
RUN useradd -m runner
USER runner
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
