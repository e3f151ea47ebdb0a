# corpus: modelled-on=sivchand/docker-kubeconform Dockerfile
# corpus: expect=
FROM alpine:3.20

ARG TARGETARCH
ARG YQ_VERSION="v4.44.2"
ARG KUSTOMIZE_VERSION="5.4.2"
ARG KUBECONFORM_VERSION="0.6.6"

RUN apk add --no-cache curl tar gzip bash

RUN curl -fsSL "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH}" \
        -o /usr/local/bin/yq \
    && chmod +x /usr/local/bin/yq

RUN curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv${KUSTOMIZE_VERSION}/kustomize_v${KUSTOMIZE_VERSION}_linux_${TARGETARCH}.tar.gz" \
      | tar xz -C /usr/local/bin \
    && chmod +x /usr/local/bin/kustomize

RUN curl -fsSL "https://github.com/yannh/kubeconform/releases/download/v${KUBECONFORM_VERSION}/kubeconform-linux-${TARGETARCH}.tar.gz" \
      | tar xz -C /usr/local/bin \
    && kubeconform -v

COPY validate.sh /usr/local/bin/validate
ENTRYPOINT ["/usr/local/bin/validate"]
