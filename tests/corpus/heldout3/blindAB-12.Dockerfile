# corpus: modelled-on=zcashd build-from-source image (zcash dependency list with g++-multilib, zcutil/build.sh)
# corpus: expect=AL304@8,AL402@19
FROM debian:bullseye AS build

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
      build-essential pkg-config libc6-dev m4 \
      g++-multilib autoconf libtool ncurses-dev unzip git \
      python3 python3-zmq zlib1g-dev curl bsdmainutils automake \
      ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ARG ZCASH_VERSION=v5.10.0
RUN git clone --depth 1 --branch ${ZCASH_VERSION} https://github.com/zcash/zcash.git /src/zcash
WORKDIR /src/zcash

# squeeze a bit more performance out of the proof verifier
RUN CONFIGURE_FLAGS="--disable-tests --disable-bench" \
    CXXFLAGS="-O2 -march=native" \
    ./zcutil/build.sh -j"$(nproc)"

FROM debian:bullseye-slim
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -m -d /srv/zcashd zcashd
COPY --from=build /src/zcash/src/zcashd /src/zcash/src/zcash-cli /usr/local/bin/
USER zcashd
EXPOSE 8232 8233
ENTRYPOINT ["zcashd", "-printtoconsole"]
