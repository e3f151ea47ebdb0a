# corpus: modelled-on=deploy-tools image downloading kubectl/helm in a $BUILDPLATFORM stage per TARGETOS/TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETOS
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.31.3
ARG HELM_VERSION=v3.16.3
RUN apk add --no-cache curl
WORKDIR /out
RUN curl -fsSLo kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${TARGETOS}/${TARGETARCH}/kubectl" \
 && chmod 0755 kubectl
RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-${TARGETOS}-${TARGETARCH}.tar.gz" \
    | tar -xz --strip-components=1 -C /out "${TARGETOS}-${TARGETARCH}/helm"

FROM alpine:3.20
RUN apk add --no-cache bash git jq openssh-client gettext ca-certificates
COPY --from=fetch /out/kubectl /out/helm /usr/local/bin/
RUN kubectl version --client && helm version --short
RUN adduser -D deployer
USER deployer
WORKDIR /workspace
ENTRYPOINT ["/bin/bash"]
