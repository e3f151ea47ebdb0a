# corpus: modelled-on=Rocky 8 tool image that downloads a Go-built CLI by TARGETARCH but gives the ARG a default
# corpus: expect=AL207@5
FROM rockylinux:8

ARG TARGETARCH=amd64
ARG YQ_VERSION=v4.44.3
ARG HELM_VERSION=v3.16.2

RUN dnf -y install git tar gzip openssh-clients python39 \
    && dnf clean all

RUN set -eux; \
    curl -fsSLo /usr/local/bin/yq \
      "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH}"; \
    chmod +x /usr/local/bin/yq; \
    curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-${TARGETARCH}.tar.gz" \
      | tar -xz -C /tmp; \
    mv /tmp/linux-${TARGETARCH}/helm /usr/local/bin/helm; \
    rm -rf /tmp/linux-*

COPY deploy/ /deploy/
WORKDIR /deploy
RUN useradd -m deployer
USER deployer
ENTRYPOINT ["/deploy/run.sh"]
