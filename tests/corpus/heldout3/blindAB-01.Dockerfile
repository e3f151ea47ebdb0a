# corpus: modelled-on=bitcoind release-tarball images (e.g. ichuan/bitcoin-docker, TheRetroMike/bitcoin Dockerfile)
# corpus: expect=AL301@17
FROM debian:bookworm-slim

ARG BITCOIN_VERSION=27.1
ENV BITCOIN_DATA=/home/bitcoin/.bitcoin \
    PATH=/opt/bitcoin/bin:$PATH

RUN useradd --create-home --uid 1000 bitcoin \
  && apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates curl gnupg gosu \
  && rm -rf /var/lib/apt/lists/*

# Fetch the official release and check it against the signed SHA256SUMS file
RUN set -ex \
  && cd /tmp \
  && curl -fSLO https://bitcoincore.org/bin/bitcoin-core-${BITCOIN_VERSION}/bitcoin-${BITCOIN_VERSION}-x86_64-linux-gnu.tar.gz \
  && curl -fSLO https://bitcoincore.org/bin/bitcoin-core-${BITCOIN_VERSION}/SHA256SUMS \
  && grep " bitcoin-${BITCOIN_VERSION}-x86_64-linux-gnu.tar.gz" SHA256SUMS | sha256sum -c - \
  && mkdir -p /opt/bitcoin \
  && tar -xzf bitcoin-${BITCOIN_VERSION}-*.tar.gz -C /opt/bitcoin --strip-components=1 \
  && rm -rf /tmp/* /opt/bitcoin/bin/bitcoin-qt /opt/bitcoin/bin/test_bitcoin

COPY docker-entrypoint.sh /entrypoint.sh
VOLUME ["/home/bitcoin/.bitcoin"]
EXPOSE 8332 8333 18332 18333 18443 18444

ENTRYPOINT ["/entrypoint.sh"]
CMD ["bitcoind", "-printtoconsole"]
