# corpus: modelled-on=docker-library/golang Dockerfile template (dpkg arch case: download or GOARCH/GOARM source build)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/386,linux/ppc64le
FROM buildpack-deps:bookworm-scm AS build
ENV PATH /usr/local/go/bin:$PATH
ENV GOLANG_VERSION 1.22.5
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
    url=; \
    case "$arch" in \
      'amd64') url='https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz' ;; \
      'armel') export GOARCH='arm' GOARM='5' GOOS='linux' ;; \
      'armhf') url='https://dl.google.com/go/go1.22.5.linux-armv6l.tar.gz' ;; \
      'arm64') url='https://dl.google.com/go/go1.22.5.linux-arm64.tar.gz' ;; \
      'i386') url='https://dl.google.com/go/go1.22.5.linux-386.tar.gz' ;; \
      'mips64el') export GOARCH='mips64le' GOOS='linux' ;; \
      'ppc64el') url='https://dl.google.com/go/go1.22.5.linux-ppc64le.tar.gz' ;; \
      'riscv64') export GOARCH='riscv64' GOOS='linux' ;; \
      *) echo >&2 "error: unsupported architecture '$arch' (likely packaging update needed)"; exit 1 ;; \
    esac; \
    build=; \
    if [ -z "$url" ]; then \
      build=1; \
      url='https://dl.google.com/go/go1.22.5.src.tar.gz'; \
    fi; \
    wget -O go.tgz "$url" --progress=dot:giga; \
    tar -C /usr/local -xzf go.tgz; \
    rm go.tgz; \
    if [ -n "$build" ]; then \
      ( export GOROOT_BOOTSTRAP="$(go env GOROOT)" GOHOSTOS="$GOOS" GOHOSTARCH="$GOARCH"; cd /usr/local/go/src; ./make.bash; ); \
    fi; \
    go version
