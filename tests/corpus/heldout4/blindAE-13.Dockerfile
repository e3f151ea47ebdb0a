# corpus: modelled-on=helm/kubectl deploy image with unquoted URLs assembled from several ARGs (ARCH defaulting to amd64)
# corpus: expect=AL301@12,AL301@17
FROM alpine:3.19

ARG OS=linux
ARG ARCH=amd64
ARG HELM_VERSION=3.14.0
ARG KUBECTL_VERSION=1.29.1

RUN apk add --no-cache bash ca-certificates curl git gettext

RUN curl -fsSL https://get.helm.sh/helm-v${HELM_VERSION}-${OS}-${ARCH}.tar.gz -o /tmp/helm.tgz \
 && tar -xzf /tmp/helm.tgz -C /tmp \
 && mv /tmp/${OS}-${ARCH}/helm /usr/local/bin/helm \
 && rm -rf /tmp/helm.tgz /tmp/${OS}-${ARCH}

RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/${OS}/${ARCH}/kubectl \
 && chmod +x /usr/local/bin/kubectl \
 && kubectl version --client

RUN helm plugin install https://github.com/databus23/helm-diff --version v3.9.4

COPY deploy/ /deploy/
WORKDIR /deploy
ENTRYPOINT ["/bin/bash", "/deploy/run.sh"]
