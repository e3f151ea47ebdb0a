# corpus: modelled-on=swiftlang/swift-docker 5.10/ubuntu/22.04 Dockerfile (OS_ARCH_SUFFIX '' vs '-aarch64')
# corpus: expect=
FROM ubuntu:22.04

RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
    && apt-get -q update \
    && apt-get -q install -y \
        binutils git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libgcc-11-dev \
        libpython3-dev libsqlite3-0 libstdc++-11-dev libxml2-dev libz3-dev \
        pkg-config tzdata zip zlib1g-dev curl \
    && rm -rf /var/lib/apt/lists/*

ARG SWIFT_PLATFORM=ubuntu22.04
ARG SWIFT_BRANCH=swift-5.10.1-release
ARG SWIFT_VERSION=swift-5.10.1-RELEASE
ARG SWIFT_WEBROOT=https://download.swift.org

# x86_64 tarballs carry no suffix (swift-...-ubuntu22.04.tar.gz); arm64 ones end in -aarch64
RUN set -e; \
    ARCH_NAME="$(dpkg --print-architecture)"; \
    case "${ARCH_NAME##*-}" in \
        amd64) OS_ARCH_SUFFIX='' ;; \
        arm64) OS_ARCH_SUFFIX='-aarch64' ;; \
        *) echo >&2 "error: unsupported architecture: '$ARCH_NAME'"; exit 1 ;; \
    esac; \
    SWIFT_WEBDIR="$SWIFT_WEBROOT/$SWIFT_BRANCH/$(echo $SWIFT_PLATFORM | tr -d .)$OS_ARCH_SUFFIX"; \
    SWIFT_BIN_URL="$SWIFT_WEBDIR/$SWIFT_VERSION/$SWIFT_VERSION-$SWIFT_PLATFORM$OS_ARCH_SUFFIX.tar.gz"; \
    curl -fsSL "$SWIFT_BIN_URL" -o swift.tar.gz; \
    tar -xzf swift.tar.gz --directory / --strip-components=1; \
    chmod -R o+r /usr/lib/swift; \
    rm swift.tar.gz; \
    swift --version

WORKDIR /package
COPY Package.swift Package.resolved ./
RUN swift package resolve
COPY Sources ./Sources
RUN swift build -c release --static-swift-stdlib
CMD [".build/release/Server"]
