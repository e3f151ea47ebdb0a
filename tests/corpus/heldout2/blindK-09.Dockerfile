# corpus: modelled-on=Debian cross build: crossbuild-essential-${DEBARCH} + autotools ./configure --host mapped from TARGETARCH
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
# map docker arch -> debian arch + GNU triplet
RUN case "$TARGETARCH" in \
        amd64) echo "amd64 x86_64-linux-gnu" > /tmp/arch ;; \
        arm64) echo "arm64 aarch64-linux-gnu" > /tmp/arch ;; \
        *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac
RUN read DEBARCH TRIPLE < /tmp/arch \
    && dpkg --add-architecture "$DEBARCH" \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        autoconf automake libtool pkg-config make \
        crossbuild-essential-"$DEBARCH" libpcap-dev:"$DEBARCH" \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src/netsniff
COPY . .
RUN read DEBARCH TRIPLE < /tmp/arch \
    && autoreconf -fi \
    && PKG_CONFIG_PATH="/usr/lib/${TRIPLE}/pkgconfig" \
       ./configure --host="$TRIPLE" --build="$(gcc -dumpmachine)" --prefix=/usr/local \
    && make -j"$(nproc)" \
    && make DESTDIR=/out install

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpcap0.8 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/usr/local/ /usr/local/
ENTRYPOINT ["/usr/local/bin/netsniff"]
