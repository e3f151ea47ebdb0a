# corpus: modelled-on=Rust embedding/LLM router (TGI/TEI-like) whose $BUILDPLATFORM stage pins cargo --target x86_64-unknown-linux-gnu
# corpus: expect=AL205@12
FROM --platform=$BUILDPLATFORM rust:1.79-slim-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config protobuf-compiler \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY proto/ proto/
COPY src/ src/
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/app/target \
    cargo build --release --locked --target x86_64-unknown-linux-gnu --bin embed-router \
 && cp target/x86_64-unknown-linux-gnu/release/embed-router /usr/local/bin/embed-router

FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /usr/local/bin/embed-router /usr/local/bin/embed-router
ENV RUST_LOG=info
EXPOSE 3000
HEALTHCHECK --interval=15s CMD ["/usr/local/bin/embed-router", "--health-check"]
ENTRYPOINT ["/usr/local/bin/embed-router"]
