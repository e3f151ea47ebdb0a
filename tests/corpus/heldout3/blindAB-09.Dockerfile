# corpus: modelled-on=erigon node image installing the upstream .deb release asset instead of building from source
# corpus: expect=AL301@15,AL302@17
FROM debian:12-slim

ARG ERIGON_VERSION=3.0.4
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl jq tzdata \
 && rm -rf /var/lib/apt/lists/*

# Release .deb puts erigon into /usr/bin and ships a systemd unit we do not use
WORKDIR /tmp
RUN set -eux; \
    curl -fsSLO "https://github.com/erigontech/erigon/releases/download/v${ERIGON_VERSION}/erigon_v${ERIGON_VERSION}_amd64.deb"; \
    apt-get update; \
    apt-get install -y --no-install-recommends ./erigon_v${ERIGON_VERSION}_amd64.deb; \
    rm -rf /var/lib/apt/lists/* /tmp/*.deb; \
    erigon --version

RUN useradd --system --uid 1000 --create-home --home-dir /home/erigon erigon \
 && mkdir -p /home/erigon/.local/share/erigon \
 && chown -R erigon:erigon /home/erigon
USER erigon
WORKDIR /home/erigon

EXPOSE 8545 8546 8551 30303 30303/udp 42069 42069/udp 9090 6060
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fs http://localhost:8545 -X POST -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' || exit 1
ENTRYPOINT ["erigon"]
