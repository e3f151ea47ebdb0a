# corpus: modelled-on=brightdigit/AplPi + futurejones swift-arm64 (swiftlang .deb from archive.swiftlang.xyz), arm64 deb hardcoded
# corpus: expect=AL301@11,AL302@12,AL403@17
FROM ubuntu:22.04

ARG SWIFT_WEBROOT=https://archive.swiftlang.xyz/repos/ubuntu/pool/main/s/swiftlang

# community arm64 build of the toolchain (the Pi cluster is the main target)
RUN export DEBIAN_FRONTEND=noninteractive \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends ca-certificates wget \
    && wget -q "${SWIFT_WEBROOT}/swiftlang_5.10.1-01-ubuntu-jammy_arm64.deb" \
    && apt-get -q install -y ./swiftlang_5.10.1-01-ubuntu-jammy_arm64.deb \
    && rm -f ./*.deb \
    && rm -rf /var/lib/apt/lists/*

# Foundation links against the distro ICU/libxml; make sure the loader sees them
ENV LD_LIBRARY_PATH=/usr/lib/swift/linux:/usr/lib/aarch64-linux-gnu

WORKDIR /code
COPY Package.swift Package.resolved ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release
EXPOSE 8080
CMD ["swift", "run", "-c", "release", "App"]
