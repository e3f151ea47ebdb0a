# corpus: modelled-on=Rust "tiny static binary with musl" blog Dockerfile (CARGO_BUILD_TARGET pinned to x86_64 musl, target-cpu=native for speed)
# corpus: expect=AL205@7,AL402@8
FROM rust:1.82-alpine AS build

RUN apk add --no-cache musl-dev openssl-dev openssl-libs-static pkgconfig

ENV CARGO_BUILD_TARGET=x86_64-unknown-linux-musl \
    RUSTFLAGS="-C target-cpu=native"
RUN rustup target add "$CARGO_BUILD_TARGET"

WORKDIR /usr/src/linkcheck
# cache dependencies first
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs \
 && cargo build --release \
 && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /usr/src/linkcheck/target/x86_64-unknown-linux-musl/release/linkcheck /linkcheck
USER 10001
ENTRYPOINT ["/linkcheck"]
