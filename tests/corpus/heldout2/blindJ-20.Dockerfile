# corpus: modelled-on=operator CI/bundle-builder image installing operator-sdk/opm (operator-sdk install docs, cloud-native-toolkit/image-operator-sdk) with an explicit uname -m case
# corpus: expect=
FROM golang:1.23-bookworm

ARG OPERATOR_SDK_VERSION=v1.37.0
ARG OPM_VERSION=v1.48.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends make git jq podman \
 && rm -rf /var/lib/apt/lists/*

# Each branch spells out the full asset URL so renovate can bump them.
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64) \
        sdk_url="https://github.com/operator-framework/operator-sdk/releases/download/${OPERATOR_SDK_VERSION}/operator-sdk_linux_amd64"; \
        opm_url="https://github.com/operator-framework/operator-registry/releases/download/${OPM_VERSION}/linux-amd64-opm" ;; \
      aarch64) \
        sdk_url="https://github.com/operator-framework/operator-sdk/releases/download/${OPERATOR_SDK_VERSION}/operator-sdk_linux_arm64"; \
        opm_url="https://github.com/operator-framework/operator-registry/releases/download/${OPM_VERSION}/linux-arm64-opm" ;; \
      *) echo "unsupported: $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/operator-sdk "$sdk_url"; \
    curl -fsSLo /usr/local/bin/opm "$opm_url"; \
    chmod +x /usr/local/bin/operator-sdk /usr/local/bin/opm; \
    operator-sdk version; opm version

WORKDIR /src
COPY hack/bundle.sh /usr/local/bin/bundle
ENTRYPOINT ["/usr/local/bin/bundle"]
