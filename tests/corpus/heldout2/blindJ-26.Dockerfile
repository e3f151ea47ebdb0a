# corpus: modelled-on=helm chart CI image (helm + chart-testing + kubeconform + yq) with the arch derived from apk --print-arch at build time (cf. kubedoop yq/jq install, fuxingZhang/kubectl uname mapping)
# corpus: expect=
FROM alpine:3.20

ARG HELM_VERSION=v3.16.3
ARG CT_VERSION=3.11.0
ARG KUBECONFORM_VERSION=v0.6.7
ARG YQ_VERSION=v4.44.3

RUN apk add --no-cache bash git curl tar python3 py3-yamale py3-yamllint

# apk reports x86_64 / aarch64; the release assets use amd64 / arm64
RUN set -eux; \
    case "$(apk --print-arch)" in \
      x86_64)  ARCH=amd64 ;; \
      aarch64) ARCH=arm64 ;; \
      *) echo "no release asset for $(apk --print-arch)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://get.helm.sh/helm-${HELM_VERSION}-linux-${ARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin --strip-components=1 "linux-${ARCH}/helm"; \
    curl -fsSL "https://github.com/helm/chart-testing/releases/download/v${CT_VERSION}/chart-testing_${CT_VERSION}_linux_${ARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin ct; \
    curl -fsSL "https://github.com/yannh/kubeconform/releases/download/${KUBECONFORM_VERSION}/kubeconform-linux-${ARCH}.tar.gz" \
      | tar -xz -C /usr/local/bin kubeconform; \
    curl -fsSLo /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${ARCH}"; \
    chmod +x /usr/local/bin/yq; \
    helm version --short; ct version; kubeconform -v; yq --version

# helm plugins are plain scripts / fetched per-arch by the plugin installer
RUN helm plugin install https://github.com/databus23/helm-diff --version v3.9.11

COPY ct.yaml /etc/ct/ct.yaml
WORKDIR /charts
ENTRYPOINT ["ct"]
CMD ["lint", "--config", "/etc/ct/ct.yaml"]
