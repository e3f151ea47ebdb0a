# corpus: modelled-on=Stack Overflow answer replacing the linux/amd64 kubectl URL with buildx TARGETOS/TARGETARCH
# corpus: expect=
# syntax=docker/dockerfile:1
# Multi-arch kubectl/helm runner. Previously this hardcoded .../bin/linux/amd64/kubectl,
# which produced an x86_64 binary inside the arm64 image.
FROM alpine:3.20

ARG TARGETOS
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.31.2
ARG HELM_VERSION=v3.16.2

RUN apk add --no-cache bash ca-certificates curl git jq

ADD --chmod=0755 https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl /usr/local/bin/kubectl

RUN set -eux; \
    curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz" -o /tmp/helm.tgz; \
    tar -xzf /tmp/helm.tgz -C /tmp; \
    install -m 0755 "/tmp/${TARGETOS}-${TARGETARCH}/helm" /usr/local/bin/helm; \
    rm -rf /tmp/helm.tgz "/tmp/${TARGETOS}-${TARGETARCH}"; \
    kubectl version --client; helm version

RUN adduser -D -u 10001 deployer
USER deployer
WORKDIR /home/deployer
ENTRYPOINT ["/bin/bash"]
