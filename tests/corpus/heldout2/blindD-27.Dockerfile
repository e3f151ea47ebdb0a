# corpus: modelled-on=vertrost/eksctl Dockerfile + hckops/actions docker/Dockerfile.do (cloud CLI release tarballs), built also for 32-bit ARM
# corpus: expect=AL301@13
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM alpine:3.20

ARG TARGETARCH
ARG EKSCTL_VERSION=0.194.0
ARG KUBECTL_VERSION=1.31.2

RUN apk add --no-cache bash curl ca-certificates git jq openssh-client aws-cli

RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) EKS_ARCH=amd64 ;; \
      arm64) EKS_ARCH=arm64 ;; \
      *) echo "unsupported TARGETARCH=${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/eksctl-io/eksctl/releases/download/v${EKSCTL_VERSION}/eksctl_Linux_${EKS_ARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin eksctl; \
    curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl"; \
    chmod +x /usr/local/bin/kubectl; \
    eksctl version && kubectl version --client

RUN adduser -D -u 1000 ops
USER ops
WORKDIR /home/ops
ENTRYPOINT ["eksctl"]
