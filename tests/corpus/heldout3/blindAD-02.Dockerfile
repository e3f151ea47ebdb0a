# corpus: modelled-on=rustup-init fetched straight from the x86_64 dist path + cargo --target x86_64 (cf. dks Dockerfile found via code search, v8-profiler-rs)
# corpus: expect=AL301@12,AL402@21,AL205@22
FROM ubuntu:22.04 AS build

ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential ca-certificates curl pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*

ENV CARGO_HOME=/opt/cargo RUSTUP_HOME=/opt/rustup PATH=/opt/cargo/bin:$PATH
RUN curl -sSfL -o /tmp/rustup-init \
        https://static.rust-lang.org/rustup/dist/x86_64-unknown-linux-gnu/rustup-init \
    && chmod +x /tmp/rustup-init \
    && /tmp/rustup-init -y --profile minimal --default-toolchain 1.78.0 \
    && rm /tmp/rustup-init

WORKDIR /work
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# squeeze the last bit of perf out of the hot loops
ENV RUSTFLAGS="-C target-cpu=native"
RUN cargo build --release --locked --target x86_64-unknown-linux-gnu \
    && strip target/x86_64-unknown-linux-gnu/release/ingestd

FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /work/target/x86_64-unknown-linux-gnu/release/ingestd /usr/local/bin/ingestd
USER 65534
ENTRYPOINT ["/usr/local/bin/ingestd"]
