# corpus: modelled-on=leonnicolas/boringtun and masipcat/wireguard-go-docker images, cross-compiled with tonistiigi/xx (xx-cargo) instead of qemu
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.78-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git
ARG TARGETPLATFORM
# target sysroot: musl headers + libgcc for whatever TARGETPLATFORM is (x86_64 or aarch64)
RUN xx-apk add --no-cache musl-dev gcc
WORKDIR /src
RUN git clone --depth 1 --branch boringtun-cli-0.6.0 https://github.com/cloudflare/boringtun.git .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked --bin boringtun-cli \
 && xx-verify "./target/$(xx-cargo --print-target-triple)/release/boringtun-cli" \
 && cp "./target/$(xx-cargo --print-target-triple)/release/boringtun-cli" /boringtun

FROM alpine:3.20
RUN apk add --no-cache wireguard-tools iptables ip6tables iproute2 bash
COPY --from=build /boringtun /usr/local/bin/boringtun
COPY --chmod=0755 wg-entrypoint.sh /usr/local/bin/wg-entrypoint.sh
ENV WG_QUICK_USERSPACE_IMPLEMENTATION=boringtun \
    WG_SUDO=1
VOLUME ["/etc/wireguard"]
EXPOSE 51820/udp
ENTRYPOINT ["/usr/local/bin/wg-entrypoint.sh"]
