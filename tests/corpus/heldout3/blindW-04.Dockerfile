# corpus: modelled-on=devcontainers kubectl-helm-minikube feature, written as a Dockerfile with a TARGETARCH default
# corpus: expect=AL207@6,AL301@19
FROM mcr.microsoft.com/devcontainers/base:bookworm

# Default so the image also builds with plain `docker build`
ARG TARGETARCH=amd64
ARG KUBECTL_VERSION=v1.30.2
ARG HELM_VERSION=v3.15.2

RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends bash-completion jq \
    && apt-get clean && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl \
        "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
    && chmod 0755 /usr/local/bin/kubectl \
    && kubectl completion bash > /etc/bash_completion.d/kubectl

RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" | tar -xz --strip-components=1 -C /usr/local/bin linux-amd64/helm \
    && helm completion bash > /etc/bash_completion.d/helm

USER vscode
RUN helm repo add bitnami https://charts.bitnami.com/bitnami \
    && echo 'alias k=kubectl' >> ~/.bashrc
