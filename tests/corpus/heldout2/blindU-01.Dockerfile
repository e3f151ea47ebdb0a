# corpus: modelled-on=blog "kubectl + helm deploy image" (storage.googleapis.com kubectl linux/amd64 one-liner) with the Apple-Silicon "--platform=linux/amd64" fix
# corpus: expect=AL201@6,AL301@18,AL301@23
# Deploy runner used by our GitLab pipeline.
# On M1 laptops the build failed, so (per a Stack Overflow answer) we pin
# the platform on the base image.
FROM --platform=linux/amd64 ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
ARG KUBECTL_VERSION=v1.31.2
ARG HELM_VERSION=v3.16.2

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git jq gettext-base \
 && rm -rf /var/lib/apt/lists/*

# kubectl, straight from the docs
RUN curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && chmod +x /usr/local/bin/kubectl \
 && kubectl version --client

# helm
RUN curl -fsSL https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz \
    | tar -xz -C /tmp \
 && mv /tmp/linux-amd64/helm /usr/local/bin/helm \
 && rm -rf /tmp/linux-amd64

COPY scripts/deploy.sh /usr/local/bin/deploy
RUN chmod +x /usr/local/bin/deploy
WORKDIR /workspace
ENTRYPOINT ["deploy"]
