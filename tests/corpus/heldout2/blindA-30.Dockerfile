# corpus: modelled-on=matter-labs/zinc + "Cargo Build Stage" musl Dockerfiles (rustup target add / cargo build --target=x86_64-unknown-linux-musl)
# corpus: expect=AL205@13,AL205@16
# ------------------------------------------------------------------------------
# Cargo Build Stage
# ------------------------------------------------------------------------------
FROM rust:1.83-bookworm AS cargo-build
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
RUN rustup target add x86_64-unknown-linux-musl
WORKDIR /usr/src/epoch
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs \
 && RUSTFLAGS=-Clinker=musl-gcc cargo build --release --target=x86_64-unknown-linux-musl \
 && rm -rf src target/x86_64-unknown-linux-musl/release/deps/epoch*
COPY . .
RUN RUSTFLAGS=-Clinker=musl-gcc cargo build --release --target=x86_64-unknown-linux-musl

# ------------------------------------------------------------------------------
# Final Stage
# ------------------------------------------------------------------------------
FROM alpine:3.20
RUN addgroup -g 1000 epoch && adduser -D -s /bin/sh -u 1000 -G epoch epoch
WORKDIR /home/epoch/bin/
COPY --from=cargo-build /usr/src/epoch/target/x86_64-unknown-linux-musl/release/epoch .
RUN chown epoch:epoch epoch
USER epoch
CMD ["./epoch"]
