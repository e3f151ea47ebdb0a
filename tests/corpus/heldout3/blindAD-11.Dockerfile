# corpus: modelled-on=haskell/docker-haskell + ghcup bootstrap (<arch>-linux-ghcup from uname -m), gcc-multilib guarded by dpkg arch test
# corpus: expect=
FROM debian:bookworm-slim

ENV LANG=C.UTF-8 \
    GHCUP_INSTALL_BASE_PREFIX=/opt \
    PATH=/opt/.ghcup/bin:/root/.cabal/bin:$PATH
ARG GHC_VERSION=9.6.6
ARG CABAL_VERSION=3.10.3.0
ARG GHCUP_VERSION=0.1.30.0

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        ca-certificates curl gcc g++ make libc6-dev libffi-dev libgmp-dev \
        libncurses-dev libnuma-dev xz-utils zlib1g-dev git; \
    if [ "$(dpkg --print-architecture)" = "amd64" ]; then \
        apt-get install -y --no-install-recommends gcc-multilib; \
    fi; \
    rm -rf /var/lib/apt/lists/*

# ghcup binaries are published as <arch>-linux-ghcup-<version>
RUN set -eux; \
    arch="$(uname -m)"; \
    case "$arch" in \
        x86_64|aarch64) ;; \
        *) echo >&2 "ghcup has no binary for $arch"; exit 1 ;; \
    esac; \
    mkdir -p /opt/.ghcup/bin; \
    curl -fsSL -o /opt/.ghcup/bin/ghcup \
        "https://downloads.haskell.org/~ghcup/${GHCUP_VERSION}/${arch}-linux-ghcup-${GHCUP_VERSION}"; \
    chmod +x /opt/.ghcup/bin/ghcup; \
    ghcup install ghc "$GHC_VERSION" --set; \
    ghcup install cabal "$CABAL_VERSION" --set
WORKDIR /src
COPY *.cabal cabal.project ./
RUN cabal update && cabal build --only-dependencies -j
COPY . .
RUN cabal install --installdir=/usr/local/bin --install-method=copy exe:api
CMD ["api"]
