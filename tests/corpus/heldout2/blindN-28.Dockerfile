# corpus: modelled-on=Rust image with arch-guarded tuning (TARGETARCH if-block for x86-64-v3, dpkg arch check for multilib)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM rust:1.83-bookworm AS build
ARG TARGETARCH
# 32-bit compat tests only make sense on x86 hosts
RUN apt-get update \
 && if [ "$(dpkg --print-architecture)" = "amd64" ]; then \
      apt-get install -y --no-install-recommends gcc-multilib; \
    fi \
 && apt-get install -y --no-install-recommends cmake pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# x86-64-v3 (AVX2) is our amd64 baseline; arm64 stays generic
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      export RUSTFLAGS="-C target-cpu=x86-64-v3"; \
    fi; \
    cargo build --release --locked \
 && cp target/release/sigmund /usr/local/bin/sigmund

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/sigmund /usr/local/bin/sigmund
USER nobody
ENTRYPOINT ["sigmund"]
