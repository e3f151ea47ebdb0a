# corpus: modelled-on=public "FROM alpine:3 AS binary" kubectl+helm fetch stage (${TARGETARCH} URLs), reworked as a $BUILDPLATFORM downloader
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETOS
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.31.2
ARG HELM_VERSION=v3.16.3
ARG KUSTOMIZE_VERSION=v5.5.0
RUN apk add --no-cache curl tar
WORKDIR /out
# Release assets are published per arch (linux-amd64, linux-arm64, ...); the
# arch comes from buildx's target platform, not from the machine downloading.
RUN curl -fsSLo kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl" \
 && chmod +x kubectl \
 && curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz" \
    | tar -xz --strip-components=1 "${TARGETOS}-${TARGETARCH}/helm" \
 && curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_${TARGETOS}_${TARGETARCH}.tar.gz" \
    | tar -xz kustomize

FROM alpine:3.20
RUN apk add --no-cache bash ca-certificates git jq \
 && adduser -D -u 10001 deployer
COPY --from=fetch /out/kubectl /out/helm /out/kustomize /usr/local/bin/
USER 10001
WORKDIR /workspace
ENTRYPOINT ["kubectl"]
CMD ["version", "--client"]
