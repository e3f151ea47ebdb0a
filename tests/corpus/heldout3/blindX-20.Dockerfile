# corpus: modelled-on=boringtun builder stages (jcodybaker/wgmesh rust:buster boringtunbuilder, fed-biomed vpn builder) rewritten as a static musl build
# corpus: expect=AL205@8
FROM --platform=$BUILDPLATFORM rust:1.78-alpine AS build
RUN apk add --no-cache musl-dev git
WORKDIR /src
RUN git clone --depth 1 --branch boringtun-cli-0.6.0 https://github.com/cloudflare/boringtun.git .
# static musl build so it runs on the alpine runtime below
RUN rustup target add x86_64-unknown-linux-musl && cargo build --release --locked --bin boringtun-cli --target x86_64-unknown-linux-musl

FROM alpine:3.20
RUN apk add --no-cache wireguard-tools iptables ip6tables iproute2 bash openresolv
COPY --from=build /src/target/x86_64-unknown-linux-musl/release/boringtun-cli /usr/local/bin/boringtun
COPY --chmod=0755 wg-entrypoint.sh /usr/local/bin/wg-entrypoint.sh

ENV WG_QUICK_USERSPACE_IMPLEMENTATION=boringtun \
    WG_SUDO=1 \
    WG_LOG_LEVEL=info \
    WG_THREADS=4
VOLUME ["/etc/wireguard"]
EXPOSE 51820/udp
ENTRYPOINT ["/usr/local/bin/wg-entrypoint.sh"]
CMD ["wg0"]
