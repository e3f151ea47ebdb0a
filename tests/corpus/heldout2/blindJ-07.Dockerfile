# corpus: modelled-on=kubeconform/kustomize validation image (sivchand/docker-kubeconform) restructured with a $BUILDPLATFORM fetch stage that forgets to re-declare TARGETARCH
# corpus: expect=AL203@17,AL203@19
# syntax=docker/dockerfile:1
ARG TARGETARCH
ARG KUBECONFORM_VERSION=v0.6.7
ARG KUSTOMIZE_VERSION=5.5.0

FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG KUBECONFORM_VERSION
ARG KUSTOMIZE_VERSION
RUN apk add --no-cache curl tar gzip

WORKDIR /out
# both tools publish linux_amd64 / linux_arm64 tarballs; pick the one for the image
RUN set -eux; \
    curl -fsSL \
      "https://github.com/yannh/kubeconform/releases/download/${KUBECONFORM_VERSION}/kubeconform-linux-${TARGETARCH}.tar.gz" | tar -xz kubeconform; \
    curl -fsSL \
      "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv${KUSTOMIZE_VERSION}/kustomize_v${KUSTOMIZE_VERSION}_linux_${TARGETARCH}.tar.gz" | tar -xz kustomize; \
    chmod +x kubeconform kustomize

FROM alpine:3.20
RUN apk add --no-cache bash ca-certificates
COPY --from=fetch /out/kubeconform /out/kustomize /usr/local/bin/
COPY hack/validate.sh /usr/local/bin/validate
WORKDIR /manifests
ENTRYPOINT ["/usr/local/bin/validate"]
