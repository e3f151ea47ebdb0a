# corpus: modelled-on=Rust CI toolbox image (clippy/rustfmt/nextest) used by a GitLab/GitHub runner
# corpus: expect=AL205@11,AL402@13
FROM rust:1.79-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools clang lld pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*
RUN rustup component add clippy rustfmt \
 && cargo install --locked cargo-nextest cargo-audit \
 && rm -rf /usr/local/cargo/registry
# static binaries for the release job
ENV CARGO_BUILD_TARGET=x86_64-unknown-linux-musl \
    CARGO_TERM_COLOR=always \
    RUSTFLAGS="-C target-cpu=native -C link-arg=-fuse-ld=lld" \
    CARGO_INCREMENTAL=0
RUN rustup target add "${CARGO_BUILD_TARGET}"
WORKDIR /workspace
COPY ci/run-checks.sh /usr/local/bin/run-checks
RUN chmod +x /usr/local/bin/run-checks
CMD ["sh", "-c", "cargo fmt --check && cargo clippy --all-targets -- -D warnings && cargo nextest run --release"]
