# corpus: modelled-on=Ellipsis-Labs/solana-verifiable-build docker/vX.Dockerfile (amd64-only reproducible builder)
# corpus: expect=
# corpus: platforms=linux/amd64
# Verifiable builds must be byte-identical, so this image is only ever built for amd64.
FROM --platform=linux/amd64 rust:1.79-bookworm

ARG AGAVE_VERSION=2.0.15
RUN apt-get update && apt-get install -qy --no-install-recommends git gnutls-bin pkg-config libudev-dev \
 && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    curl -fsSL -o /tmp/solana.tar.bz2 \
      "https://github.com/anza-xyz/agave/releases/download/v${AGAVE_VERSION}/solana-release-x86_64-unknown-linux-gnu.tar.bz2"; \
    mkdir -p /opt/solana; \
    tar -xjf /tmp/solana.tar.bz2 -C /opt/solana --strip-components=1; \
    rm /tmp/solana.tar.bz2

ENV PATH="/opt/solana/bin:${PATH}"
RUN solana --version && cargo-build-sbf --version

WORKDIR /build
CMD ["/bin/bash"]
