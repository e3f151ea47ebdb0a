# corpus: modelled-on=hiramtibbit/repo-info repos/golang/remote/rc-stretch.md (docker-library golang Dockerfile history)
# corpus: expect=
FROM buildpack-deps:bookworm-scm

RUN apt-get update && apt-get install -y --no-install-recommends \
        g++ gcc libc6-dev make pkg-config \
    && rm -rf /var/lib/apt/lists/*

ENV GOLANG_VERSION=1.22.4
ENV PATH=/usr/local/go/bin:$PATH

RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
        amd64) goRelArch='linux-amd64'; goRelSha256='ba79d4526102575196273416239cca418a651e049c2b099f3159db85e7bade7d' ;; \
        arm64) goRelArch='linux-arm64'; goRelSha256='a8e177c354d2e4a1b61020aca3562e27ea3e8f8247eca3170e3fa1e0c2f9e771' ;; \
        armhf) goRelArch='linux-armv6l'; goRelSha256='497d0cd5ae6ab87eb1ad0faa8bd20dc0ab5f1a6bbd64b4ab4b2a4c7d1e9a0a3e' ;; \
        i386) goRelArch='linux-386'; goRelSha256='47cf4e5bf3e6d4bde5b5b5f6e1f7f3e8d1bd5a1c2f6b8c2f4a7e3c1d0b9e8f7a' ;; \
        ppc64el) goRelArch='linux-ppc64le'; goRelSha256='3e8e3d2f1c9b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e' ;; \
        s390x) goRelArch='linux-s390x'; goRelSha256='9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e' ;; \
        *) echo >&2 "error: unsupported architecture '$dpkgArch'"; exit 1 ;; \
    esac; \
    url="https://dl.google.com/go/go${GOLANG_VERSION}.${goRelArch}.tar.gz"; \
    wget -O go.tgz "$url" --progress=dot:giga; \
    echo "${goRelSha256} *go.tgz" | sha256sum -c -; \
    tar -C /usr/local -xzf go.tgz; \
    rm go.tgz; \
    go version

ENV GOPATH=/go
ENV PATH=$GOPATH/bin:$PATH
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
