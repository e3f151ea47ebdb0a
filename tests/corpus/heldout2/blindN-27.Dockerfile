# corpus: modelled-on=Rust SIMD/codec crate CI image (i686 test target, +avx2 RUSTFLAGS, CARGO_BUILD_TARGET env)
# corpus: expect=AL304@5,AL304@7,AL402@14,AL205@15
FROM rust:1.83-bookworm
# 32-bit tests need the i386 libc and multilib gcc
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends gcc-multilib libc6-dev-i386 \
      cmake nasm pkg-config \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add i686-unknown-linux-gnu

# the SIMD kernels are only enabled with these features; benchmarks were run on
# Zen 4 / Sapphire Rapids
ENV RUSTFLAGS="-C target-feature=+avx2,+fma,+bmi2" \
    CARGO_BUILD_TARGET=x86_64-unknown-linux-gnu \
    CARGO_TERM_COLOR=always

WORKDIR /work/pixelpack
COPY . .
RUN cargo build --release --workspace \
 && cargo test --release --workspace --no-run
CMD ["cargo", "test", "--release", "--workspace"]
