# corpus: modelled-on=stereoknife/haskell-docker (x86_64-linux-ghcup + gcc-multilib), rewritten with an x86_64-only case
# corpus: expect=AL304@9,AL301@13
FROM debian:bookworm AS hsbuild

ARG GHC=9.4.8
ARG CABAL=3.10.3.0
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential curl ca-certificates libffi-dev libgmp-dev \
        libncurses-dev libnuma-dev zlib1g-dev gcc-multilib \
    && rm -rf /var/lib/apt/lists/*

RUN set -e; \
    case "$(uname -m)" in \
        x86_64) GHCUP_URL=https://downloads.haskell.org/~ghcup/x86_64-linux-ghcup ;; \
        *) echo "ghcup: unsupported arch $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "$GHCUP_URL" -o /usr/local/bin/ghcup; \
    chmod +x /usr/local/bin/ghcup; \
    ghcup install ghc "$GHC" --set; \
    ghcup install cabal "$CABAL" --set
ENV PATH=/root/.ghcup/bin:/root/.cabal/bin:$PATH

WORKDIR /src
COPY . .
RUN cabal update && cabal install exe:pandoc-filter --installdir=/out --install-method=copy

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libgmp10 libffi8 libnuma1 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=hsbuild /out/pandoc-filter /usr/local/bin/pandoc-filter
ENTRYPOINT ["pandoc-filter"]
