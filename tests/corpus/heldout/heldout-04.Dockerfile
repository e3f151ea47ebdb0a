# corpus: modelled-on=txn2/docker-kubectl Dockerfile + openstack/magnum dockerfiles/helm-client/Dockerfile
# corpus: expect=AL301@14,AL301@18
ARG HELM_VERSION=v3.15.2
FROM debian:bookworm-slim

ARG HELM_VERSION
ARG KUBECTL_VERSION=v1.30.2

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates bash git \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl \
        "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
    && chmod +x /usr/local/bin/kubectl \
    && kubectl version --client

RUN curl -fsSL -o helm.tar.gz https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz \
    && mkdir -p helm \
    && tar zxf helm.tar.gz -C helm \
    && cp helm/linux-amd64/helm /usr/local/bin \
    && chmod +x /usr/local/bin/helm \
    && rm -rf helm helm.tar.gz

WORKDIR /workspace
ENTRYPOINT ["helm"]
