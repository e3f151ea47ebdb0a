# corpus: modelled-on=bkjam/helm-kubectl-curl-jq-docker Dockerfile + chnbohwr/docker-kubectl-helm (kubectl/helm/kustomize deployer on alpine)
# corpus: expect=AL301@15,AL301@19,AL301@24
FROM alpine:3.20

ARG KUBECTL_VERSION=v1.31.2
ARG HELM_VERSION=v3.16.3
ARG KUSTOMIZE_VERSION=v5.5.0

ENV KUBECONFIG=/home/deployer/.kube/config

RUN apk add --no-cache bash ca-certificates curl git gettext jq openssh-client

# kubectl straight from the release bucket
RUN curl -fsSL -o /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && chmod 0755 /usr/local/bin/kubectl \
 && kubectl version --client

RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" | tar -xz -C /tmp \
 && mv /tmp/linux-amd64/helm /usr/local/bin/helm \
 && rm -rf /tmp/linux-amd64 \
 && helm plugin install https://github.com/databus23/helm-diff --version v3.9.11

RUN curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_linux_amd64.tar.gz" \
    | tar -xz -C /usr/local/bin kustomize

RUN adduser -D -h /home/deployer deployer
USER deployer
WORKDIR /workspace
ENTRYPOINT ["/bin/bash", "-c"]
