# corpus: modelled-on=helm/kubectl CI image (bkjam/helm-kubectl-curl-jq-docker) with versions hoisted into global ARGs
# corpus: expect=AL301@16
# syntax=docker/dockerfile:1
# Versions are bumped by renovate; keep them at the top.
ARG ALPINE_VERSION=3.20
ARG HELM_VERSION=3.16.3
ARG HELM_ARCH=amd64

FROM alpine:${ALPINE_VERSION}
ARG HELM_VERSION
ARG HELM_ARCH

RUN apk add --no-cache bash ca-certificates curl git jq openssh-client

# helm: the tarball unpacks into linux-<arch>/helm
RUN curl -fsSL "https://get.helm.sh/helm-v${HELM_VERSION}-linux-${HELM_ARCH}.tar.gz" -o /tmp/helm.tgz \
 && tar -xzf /tmp/helm.tgz -C /tmp \
 && install -m 0755 "/tmp/linux-${HELM_ARCH}/helm" /usr/local/bin/helm \
 && rm -rf /tmp/helm.tgz /tmp/linux-* \
 && helm version --short

RUN helm plugin install https://github.com/databus23/helm-diff --version v3.9.11

WORKDIR /deploy
COPY charts/ ./charts/
COPY scripts/deploy.sh /usr/local/bin/deploy
ENTRYPOINT ["/usr/local/bin/deploy"]
