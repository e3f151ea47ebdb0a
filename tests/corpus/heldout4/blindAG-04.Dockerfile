# corpus: modelled-on=static Rust CLI shipped FROM scratch with musl (ripgrep/bat-like tool image)
# corpus: expect=AL205@13
FROM --platform=$BUILDPLATFORM rust:1.76-alpine AS builder
RUN apk add --no-cache musl-dev pkgconfig openssl-dev openssl-libs-static
WORKDIR /usr/src/logtail
COPY Cargo.toml Cargo.lock ./
# pre-build dependencies with a dummy main for layer caching
RUN mkdir src && echo 'fn main() {}' > src/main.rs \
 && cargo fetch --locked \
 && rm -rf src
COPY src ./src
# fully static musl binary so it runs on scratch
RUN rustup target add x86_64-unknown-linux-musl && cargo build --release --locked --target x86_64-unknown-linux-musl
RUN strip target/x86_64-unknown-linux-musl/release/logtail

FROM alpine:3.19 AS certs
RUN apk add --no-cache ca-certificates

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /usr/src/logtail/target/x86_64-unknown-linux-musl/release/logtail /logtail
USER 65534
ENTRYPOINT ["/logtail"]
