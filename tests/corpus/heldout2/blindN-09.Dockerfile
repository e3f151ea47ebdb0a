# corpus: modelled-on=Rust service writing .cargo/config.toml in RUN (mold + clang) and openssl-sys env from Debian multiarch dirs
# corpus: expect=AL205@17,AL403@10,AL403@11
FROM rust:1.83-bookworm AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends clang mold libssl-dev libpq-dev \
 && rm -rf /var/lib/apt/lists/*

# openssl-sys / pq-sys probing is flaky in CI, point them at the system libs
ENV OPENSSL_LIB_DIR=/usr/lib/x86_64-linux-gnu \
    PQ_LIB_DIR=/usr/lib/x86_64-linux-gnu \
    OPENSSL_INCLUDE_DIR=/usr/include

WORKDIR /srv/app
RUN mkdir -p .cargo && cat > .cargo/config.toml <<'EOF'
[build]
target = "x86_64-unknown-linux-gnu"

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold"]
EOF
COPY . .
RUN cargo build --release --locked \
 && cp target/x86_64-unknown-linux-gnu/release/ferryd /usr/local/bin/ferryd

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 libpq5 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/ferryd /usr/local/bin/ferryd
USER 1000:1000
CMD ["ferryd", "serve"]
