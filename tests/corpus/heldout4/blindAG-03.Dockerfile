# corpus: modelled-on=Rust web service cross-compiled from the build platform with Debian cross gcc (axum/actix style project)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.77-bookworm AS build
ARG TARGETARCH
# Map the Docker arch name to a rustc triple and the matching GNU cross toolchain
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu > /rust_target; echo x86-64-linux-gnu > /gcc_pkg ;; \
      arm64) echo aarch64-unknown-linux-gnu > /rust_target; echo aarch64-linux-gnu > /gcc_pkg ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac
RUN apt-get update \
 && apt-get install -y "gcc-$(cat /gcc_pkg)" \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add "$(cat /rust_target)"
# Linkers only consulted when that particular triple is being built
ENV CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
    CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=x86_64-linux-gnu-gcc
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --target "$(cat /rust_target)" \
 && cp "target/$(cat /rust_target)/release/ledger-api" /ledger-api

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* && useradd -r -u 10001 ledger
COPY --from=build /ledger-api /usr/local/bin/ledger-api
USER ledger
EXPOSE 8080
CMD ["ledger-api"]
