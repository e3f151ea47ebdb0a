# corpus: modelled-on=community prysm beacon-chain image downloading the signed release binary (ARG ARCH variant)
# corpus: expect=AL207@15
FROM debian:bookworm-slim

RUN apt-get update && \
    apt-get install -y --no-install-recommends ca-certificates curl gpg && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*

# PGP key hosted at https://prysmaticlabs.com/releases/pgp_keys.asc
COPY prylabs_pgp_release_key.asc /tmp/
RUN gpg --import /tmp/prylabs_pgp_release_key.asc && rm /tmp/prylabs_pgp_release_key.asc

# default keeps plain `docker build` working on laptops
ARG TARGETARCH=amd64
ARG PRYSM_VERSION=v5.1.2
ARG BINNAME=beacon-chain
RUN cd /tmp && \
    curl -fsSLO https://github.com/prysmaticlabs/prysm/releases/download/${PRYSM_VERSION}/${BINNAME}-${PRYSM_VERSION}-linux-${TARGETARCH} && \
    curl -fsSLO https://github.com/prysmaticlabs/prysm/releases/download/${PRYSM_VERSION}/${BINNAME}-${PRYSM_VERSION}-linux-${TARGETARCH}.sig && \
    gpg --verify ${BINNAME}-${PRYSM_VERSION}-linux-${TARGETARCH}.sig ${BINNAME}-${PRYSM_VERSION}-linux-${TARGETARCH} && \
    install -m 0755 ${BINNAME}-${PRYSM_VERSION}-linux-${TARGETARCH} /usr/local/bin/${BINNAME} && \
    rm -f /tmp/${BINNAME}-*

RUN useradd --system --create-home --home-dir /data prysm
USER prysm
EXPOSE 4000 3500 12000/udp 13000
ENTRYPOINT ["beacon-chain", "--datadir=/data", "--accept-terms-of-use"]
