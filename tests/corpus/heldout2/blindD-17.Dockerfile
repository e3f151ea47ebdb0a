# corpus: modelled-on=static musl Rust log forwarder images (cargo build --target x86_64-unknown-linux-musl on rust:alpine, FROM scratch)
# corpus: expect=AL205@7
FROM rust:1.82-alpine3.20 AS builder
RUN apk add --no-cache musl-dev pkgconfig openssl-dev openssl-libs-static
WORKDIR /build
COPY . .
RUN cargo build --release --locked --target x86_64-unknown-linux-musl \
 && strip target/x86_64-unknown-linux-musl/release/journald-forwarder

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /build/target/x86_64-unknown-linux-musl/release/journald-forwarder /journald-forwarder
USER 65534:65534
ENTRYPOINT ["/journald-forwarder"]
