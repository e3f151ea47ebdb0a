# corpus: modelled-on=distroless kubectl images using ADD with TARGETARCH
# corpus: expect=
FROM gcr.io/distroless/static-debian12
ARG TARGETARCH
ARG KUBECTL_VERSION=v1.30.2
ADD --chmod=755 https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl /usr/local/bin/kubectl
ENTRYPOINT ["/usr/local/bin/kubectl"]
