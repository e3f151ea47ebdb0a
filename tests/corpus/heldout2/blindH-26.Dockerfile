# corpus: modelled-on=CI deploy-tools image (kubectl, helm, yq) on alpine where TARGETARCH is only declared before FROM
# corpus: expect=AL203@15,AL301@18
ARG ALPINE_VERSION=3.20
ARG TARGETARCH
FROM alpine:${ALPINE_VERSION}

ARG KUBECTL_VERSION=v1.31.3
ARG HELM_VERSION=v3.16.3
ARG YQ_VERSION=v4.44.5

RUN apk add --no-cache bash curl git jq openssh-client gettext

# kubectl: dl.k8s.io uses the same arch names as buildx
RUN curl -fsSLo /usr/local/bin/kubectl \
        "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
 && chmod +x /usr/local/bin/kubectl

RUN curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz" \
    | tar -xz -C /tmp \
 && mv /tmp/linux-amd64/helm /usr/local/bin/helm \
 && rm -rf /tmp/linux-amd64

# yq uses amd64/arm64 while apk reports x86_64/aarch64
RUN case "$(apk --print-arch)" in \
      x86_64) yq_arch=amd64 ;; \
      aarch64) yq_arch=arm64 ;; \
      *) echo "unsupported arch" >&2; exit 1 ;; \
    esac \
 && wget -qO /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${yq_arch}" \
 && chmod +x /usr/local/bin/yq

RUN adduser -D ci
USER ci
WORKDIR /workspace
ENTRYPOINT ["/bin/bash"]
