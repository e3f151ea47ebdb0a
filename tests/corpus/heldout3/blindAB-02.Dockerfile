# corpus: modelled-on=multi-arch bitcoin-core image with a TARGETARCH->triplet mapping (ruimarinho/dobtc style)
# corpus: expect=
FROM debian:bookworm-slim AS fetch

ARG TARGETARCH
ARG BITCOIN_VERSION=28.1
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp/btc
# bitcoincore.org names its tarballs after the GNU triplet, not the Docker arch
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) triplet="x86_64-linux-gnu" ;; \
      arm64) triplet="aarch64-linux-gnu" ;; \
      arm)   triplet="arm-linux-gnueabihf" ;; \
      *) echo "unsupported arch ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    base="https://bitcoincore.org/bin/bitcoin-core-${BITCOIN_VERSION}"; \
    curl -fsSLO "${base}/bitcoin-${BITCOIN_VERSION}-${triplet}.tar.gz"; \
    curl -fsSLO "${base}/SHA256SUMS"; \
    grep " bitcoin-${BITCOIN_VERSION}-${triplet}.tar.gz\$" SHA256SUMS | sha256sum -c -; \
    tar -xzf "bitcoin-${BITCOIN_VERSION}-${triplet}.tar.gz" --strip-components=1

FROM debian:bookworm-slim
RUN useradd --system --create-home --home-dir /data bitcoin
COPY --from=fetch /tmp/btc/bin/bitcoind /tmp/btc/bin/bitcoin-cli /usr/local/bin/
USER bitcoin
EXPOSE 8332 8333
HEALTHCHECK --interval=1m CMD bitcoin-cli -datadir=/data getblockchaininfo || exit 1
ENTRYPOINT ["bitcoind", "-datadir=/data", "-printtoconsole"]
