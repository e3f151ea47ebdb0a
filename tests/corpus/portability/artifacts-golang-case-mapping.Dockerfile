# corpus: modelled-on=docker-library/golang: case on dpkg arch choosing URL and sha256
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
# corpus: expect=
FROM debian:bookworm-slim
ENV GOLANG_VERSION=1.22.5
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
    url=; \
    case "$arch" in \
      'amd64') url="https://dl.google.com/go/go${GOLANG_VERSION}.linux-amd64.tar.gz"; sha256='904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0' ;; \
      'arm64') url="https://dl.google.com/go/go${GOLANG_VERSION}.linux-arm64.tar.gz"; sha256='8d21325bfcf431be3660527c1a39d3d9ad71535fabdcc0c2d4f6c21d3a3d1cfe' ;; \
      'armhf') url="https://dl.google.com/go/go${GOLANG_VERSION}.linux-armv6l.tar.gz"; sha256='8c4587cf3e63c9aefbcafa92818c4d9d51683af93ea687bf6c7508d6fa36f85e' ;; \
      *) echo >&2 "error: unsupported architecture '$arch'"; exit 1 ;; \
    esac; \
    wget -O go.tgz "$url"; \
    echo "$sha256 *go.tgz" | sha256sum -c -; \
    tar -C /usr/local -xzf go.tgz; rm go.tgz
