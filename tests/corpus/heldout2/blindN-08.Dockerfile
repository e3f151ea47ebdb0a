# corpus: modelled-on=hillnz/docker-rust-sccache (per-arch sccache download) + static glibc build with +crt-static
# corpus: expect=
FROM rust:1.83-bookworm AS builder
ARG SCCACHE_VERSION=v0.8.2
# sccache publishes x86_64 and aarch64 musl tarballs; uname -m matches both names
RUN set -eux; \
    arch="$(uname -m)"; \
    curl -fsSL "https://github.com/mozilla/sccache/releases/download/${SCCACHE_VERSION}/sccache-${SCCACHE_VERSION}-${arch}-unknown-linux-musl.tar.gz" \
      | tar -xz --strip-components=1 -C /usr/local/bin "sccache-${SCCACHE_VERSION}-${arch}-unknown-linux-musl/sccache"; \
    sccache --version
ENV RUSTC_WRAPPER=sccache \
    SCCACHE_DIR=/root/.cache/sccache \
    RUSTFLAGS="-C target-feature=+crt-static"

WORKDIR /build
COPY . .
# +crt-static on *-linux-gnu needs an explicit --target, so use the host triple
RUN --mount=type=cache,target=/root/.cache/sccache \
    --mount=type=cache,target=/usr/local/cargo/registry \
    host="$(rustc -vV | sed -n 's/^host: //p')" \
 && cargo build --release --target "$host" \
 && cp "target/$host/release/vigil" /vigil

FROM gcr.io/distroless/static-debian12
COPY --from=builder /vigil /vigil
USER nonroot
ENTRYPOINT ["/vigil"]
