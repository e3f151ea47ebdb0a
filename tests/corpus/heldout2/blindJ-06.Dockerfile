# corpus: modelled-on=mykso/myks Dockerfile downloader stage and actionhippie kustomize image (fetch on $BUILDPLATFORM, assets chosen by TARGETARCH)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
RUN apk add --no-cache curl tar
WORKDIR /tools

ARG TARGETOS
ARG TARGETARCH
# renovate: datasource=github-releases depName=helm/helm
ARG HELM_VERSION=v3.16.3
# renovate: datasource=github-releases depName=kubernetes-sigs/kustomize
ARG KUSTOMIZE_VERSION=v5.5.0
ARG KUBECTL_VERSION=v1.31.3

# Note: the assets are e.g. helm-v3.16.3-linux-amd64.tar.gz / -linux-arm64.tar.gz,
# so only the ${TARGETOS}-${TARGETARCH} suffix differs between platforms.
RUN set -eux; \
    curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz" \
      | tar -xzf - --strip-components=1 "${TARGETOS}-${TARGETARCH}/helm"; \
    curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_${TARGETOS}_${TARGETARCH}.tar.gz" \
      | tar -xzf - kustomize; \
    curl -fsSLo kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl"; \
    chmod 0755 helm kustomize kubectl

FROM alpine:3.20
RUN apk add --no-cache ca-certificates git bash openssh-client
COPY --from=fetch /tools/ /usr/local/bin/
RUN adduser -D -u 10001 gitops
USER 10001
WORKDIR /work
ENTRYPOINT ["/bin/bash"]
