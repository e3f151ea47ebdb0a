# corpus: modelled-on=image-signing CI runner installing cosign/syft release .debs, arch picked with dpkg --print-architecture (docker-library style case)
# corpus: expect=
FROM debian:bookworm-slim

ARG COSIGN_VERSION=2.4.1
ARG SYFT_VERSION=1.18.1

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

# corporate CA bundle is an architecture-independent package (…_all.deb)
COPY packaging/corp-ca-certificates_2024.3_all.deb /tmp/
RUN dpkg -i /tmp/corp-ca-certificates_2024.3_all.deb && rm /tmp/*.deb

# release assets look like cosign_2.4.1_amd64.deb / syft_1.18.1_linux_arm64.deb
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
      amd64|arm64) ;; \
      *) echo "unsupported architecture: $dpkgArch" >&2; exit 1 ;; \
    esac; \
    cd /tmp; \
    curl -fsSLO "https://github.com/sigstore/cosign/releases/download/v${COSIGN_VERSION}/cosign_${COSIGN_VERSION}_${dpkgArch}.deb"; \
    curl -fsSLO "https://github.com/anchore/syft/releases/download/v${SYFT_VERSION}/syft_${SYFT_VERSION}_linux_${dpkgArch}.deb"; \
    dpkg -i "cosign_${COSIGN_VERSION}_${dpkgArch}.deb" "syft_${SYFT_VERSION}_linux_${dpkgArch}.deb"; \
    rm -f /tmp/*.deb; \
    cosign version; syft version

RUN useradd --create-home --uid 1000 signer
USER signer
WORKDIR /home/signer
COPY --chown=signer:signer sign.sh ./
CMD ["./sign.sh"]
