# corpus: modelled-on=rust installs through rustup-init for a fixed triple
# corpus: expect=AL301@6
FROM debian:bookworm-slim
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH
RUN apt-get update && apt-get install -y curl gcc \
 && curl -fsSLo rustup-init https://static.rust-lang.org/rustup/archive/1.27.1/x86_64-unknown-linux-gnu/rustup-init \
 && chmod +x rustup-init && ./rustup-init -y --no-modify-path --default-toolchain 1.79.0 && rm rustup-init
