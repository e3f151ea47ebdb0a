# corpus: modelled-on=supply-chain attestation action image (nais/attestation Dockerfile, luhring supply-chain example, neilcar/cosign-torq-container)
# corpus: expect=AL301@19,AL302@20,AL301@24
FROM ubuntu:24.04

ARG COSIGN_VERSION=2.4.1
ARG CRANE_VERSION=v0.20.2
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl jq git \
 && rm -rf /var/lib/apt/lists/*

# syft + grype: the upstream install scripts detect OS/arch themselves
RUN curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin \
 && curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin

# cosign from the release .deb
RUN cd /tmp \
 && curl -fsSLO "https://github.com/sigstore/cosign/releases/download/v${COSIGN_VERSION}/cosign_${COSIGN_VERSION}_amd64.deb" \
 && dpkg -i "cosign_${COSIGN_VERSION}_amd64.deb" \
 && rm -f /tmp/*.deb

# crane for copying/inspecting images
RUN curl -fsSL "https://github.com/google/go-containerregistry/releases/download/${CRANE_VERSION}/go-containerregistry_Linux_x86_64.tar.gz" \
    | tar -xzf - -C /usr/local/bin crane

COPY entrypoint.sh /entrypoint.sh
RUN chmod +x /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
