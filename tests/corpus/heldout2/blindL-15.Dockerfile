# corpus: modelled-on=CI deploy-tools image (kubectl/helm) with TARGETARCH declared only globally (cf. pflege-de/awscli-kubectl, huww98/aliyun-cli-container)
# corpus: expect=AL203@16,AL203@20
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.31.3
ARG HELM_VERSION=v3.16.3

FROM debian:bookworm-slim
ARG KUBECTL_VERSION
ARG HELM_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git jq openssh-client \
 && rm -rf /var/lib/apt/lists/*

# same Dockerfile builds the runner image for Intel and Graviton pools
RUN curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
 && chmod +x /usr/local/bin/kubectl \
 && kubectl version --client

RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" \
      | tar -xz -C /tmp \
 && mv /tmp/linux-*/helm /usr/local/bin/helm \
 && rm -rf /tmp/linux-*

RUN useradd -m deployer
USER deployer
WORKDIR /home/deployer
ENTRYPOINT ["/bin/bash"]
