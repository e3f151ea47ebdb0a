# corpus: modelled-on=FROM --platform=$BUILDPLATFORM rust:1.69 as builder example (cross build without a target)
# corpus: expect=AL206@12
FROM --platform=$BUILDPLATFORM rust:1.79-slim-bookworm AS builder
ENV CARGO_TERM_COLOR=always
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo fetch
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/app/target \
    cargo build --release --locked \
    && cp target/release/linkcheck /usr/local/bin/linkcheck

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/linkcheck /usr/local/bin/linkcheck
USER 1000:1000
ENTRYPOINT ["linkcheck"]
