# corpus: modelled-on=Rust static-build dev image with a wrapper script written by heredoc (musl target per arch)
# corpus: expect=
FROM rust:1.79-slim-bookworm
ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools pkg-config make \
 && rm -rf /var/lib/apt/lists/*
# Pick the musl triple of the image's own architecture so `cargo-static`
# produces binaries for whichever runner pulled this image.
RUN case "${TARGETARCH}" in \
      amd64) triple=x86_64-unknown-linux-musl ;; \
      arm64) triple=aarch64-unknown-linux-musl ;; \
      *) echo "unsupported arch: ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && rustup target add "$triple" \
 && echo "$triple" > /etc/rust-musl-target
COPY <<'EOF' /usr/local/bin/cargo-static
#!/bin/sh
set -eu
target="$(cat /etc/rust-musl-target)"
exec cargo build --release --locked --target "$target" "$@"
EOF
RUN chmod 0755 /usr/local/bin/cargo-static
ENV CARGO_TERM_COLOR=always \
    CARGO_HOME=/usr/local/cargo
WORKDIR /src
CMD ["cargo-static"]
