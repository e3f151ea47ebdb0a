# corpus: modelled-on=kubectl toolbox (polarsignals/kubectl-container style) where the override ARG reads an undeclared TARGETARCH
# corpus: expect=AL203@13
ARG ALPINE_VERSION=3.20
FROM alpine:${ALPINE_VERSION}

# sensible default for laptops
ARG KUBECTL_ARCH=amd64
ARG KUBECTL_VERSION=v1.31.2

RUN apk add --no-cache bash ca-certificates curl gettext jq

# follow the platform being built instead of the default above
ARG KUBECTL_ARCH=${TARGETARCH}
RUN curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${KUBECTL_ARCH}/kubectl" \
 && chmod +x /usr/local/bin/kubectl \
 && kubectl version --client

COPY manifests/ /manifests/
COPY render.sh /usr/local/bin/render
USER 65534
ENTRYPOINT ["/usr/local/bin/render"]
