# corpus: modelled-on=helm/kubectl deploy image, unquoted multi-$VAR URLs using TARGETOS/TARGETARCH declared in the stage
# corpus: expect=
FROM alpine:3.19

ARG TARGETOS
ARG TARGETARCH
ARG HELM_VERSION=3.14.0
ARG KUBECTL_VERSION=1.29.1

RUN apk add --no-cache bash ca-certificates curl git gettext

# e.g. helm-v3.14.0-linux-amd64.tar.gz on the amd64 leg, -linux-arm64 on the arm64 leg
RUN curl -fsSL https://get.helm.sh/helm-v${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz -o /tmp/helm.tgz \
 && tar -xzf /tmp/helm.tgz -C /tmp \
 && mv /tmp/${TARGETOS}-${TARGETARCH}/helm /usr/local/bin/helm \
 && rm -rf /tmp/helm.tgz /tmp/${TARGETOS}-${TARGETARCH}

RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl \
 && chmod +x /usr/local/bin/kubectl \
 && kubectl version --client

COPY deploy/ /deploy/
WORKDIR /deploy
ENTRYPOINT ["/bin/bash", "/deploy/run.sh"]
