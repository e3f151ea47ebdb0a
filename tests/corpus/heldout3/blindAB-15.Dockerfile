# corpus: modelled-on=Agave/Solana validator image installing the anza-xyz release tarball per TARGETARCH
# corpus: expect=AL301@15
FROM ubuntu:22.04

ARG TARGETARCH
ARG AGAVE_VERSION=2.1.13
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl bzip2 libssl3 libudev1 \
 && rm -rf /var/lib/apt/lists/*

# upstream only publishes Linux tarballs for a subset of targets
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) triple="x86_64-unknown-linux-gnu" ;; \
      *) echo "agave: no prebuilt release for ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/anza-xyz/agave/releases/download/v${AGAVE_VERSION}/solana-release-${triple}.tar.bz2" \
      | tar -xj -C /opt; \
    ln -s /opt/solana-release/bin/* /usr/local/bin/

RUN useradd -m -d /home/sol sol && mkdir -p /ledger && chown sol:sol /ledger
USER sol
EXPOSE 8899 8900 8001 8000-8020/udp
ENTRYPOINT ["agave-validator", "--ledger", "/ledger"]
