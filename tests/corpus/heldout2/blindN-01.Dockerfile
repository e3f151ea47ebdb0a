# corpus: modelled-on=cargo-chef README musl recipe (LukeMathWalker/cargo-chef) with the musl triple hardcoded
# corpus: expect=AL205@18,AL205@22
# syntax=docker/dockerfile:1
FROM rust:1.83-bookworm AS chef
RUN cargo install cargo-chef --locked --version 0.1.68
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add x86_64-unknown-linux-musl
COPY --from=planner /app/recipe.json recipe.json
# dependencies only -- this layer is cached as long as Cargo.lock is unchanged
RUN cargo chef cook --release --target x86_64-unknown-linux-musl --recipe-path recipe.json
COPY . .
RUN cargo build \
      --release \
      --target x86_64-unknown-linux-musl \
      --bin ledgerd

FROM scratch AS runtime
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /app/target/x86_64-unknown-linux-musl/release/ledgerd /ledgerd
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/ledgerd"]
