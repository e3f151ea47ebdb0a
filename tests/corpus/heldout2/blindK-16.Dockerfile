# corpus: modelled-on=dosbox-staging debian-cross-base: meson cross file generated per TARGETARCH (debcrossgen-like heredoc)
# corpus: expect=
# syntax=docker/dockerfile:1.4
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
RUN <<SH
set -eux
case "$TARGETARCH" in
  amd64) echo "amd64 x86_64 x86_64-linux-gnu" > /etc/xarch ;;
  arm64) echo "arm64 aarch64 aarch64-linux-gnu" > /etc/xarch ;;
  *) echo "unsupported: $TARGETARCH" >&2; exit 1 ;;
esac
read DEB CPU TRIPLE < /etc/xarch
dpkg --add-architecture "$DEB"
apt-get update
apt-get install -y --no-install-recommends meson ninja-build pkg-config \
    crossbuild-essential-"$DEB" libsdl2-dev:"$DEB" libopusfile-dev:"$DEB"
mkdir -p /usr/local/share/meson/cross
printf '%s\n' \
  "[binaries]" \
  "c = '${TRIPLE}-gcc'" \
  "cpp = '${TRIPLE}-g++'" \
  "strip = '${TRIPLE}-strip'" \
  "pkg-config = '${TRIPLE}-pkg-config'" \
  "[host_machine]" \
  "system = 'linux'" \
  "cpu_family = '${CPU}'" \
  "cpu = '${CPU}'" \
  "endian = 'little'" > /usr/local/share/meson/cross/target.ini
SH
WORKDIR /src
COPY . .
RUN meson setup build --cross-file /usr/local/share/meson/cross/target.ini --buildtype=release \
    && meson compile -C build && DESTDIR=/out meson install -C build

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libsdl2-2.0-0 libopusfile0 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/usr/local/ /usr/local/
ENTRYPOINT ["/usr/local/bin/retro-dos"]
