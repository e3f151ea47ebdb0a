# corpus: modelled-on=rust-lang/docker-rust bookworm/slim Dockerfile (dpkgArch -> rustArch mapping, rustup-init per triple)
# corpus: expect=
FROM debian:bookworm-slim

ENV RUSTUP_HOME=/usr/local/rustup \
    CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/cargo/bin:$PATH \
    RUST_VERSION=1.79.0 \
    RUSTUP_VERSION=1.27.1

# Upstream publishes one rustup-init per triple, e.g.
#   https://static.rust-lang.org/rustup/archive/1.27.1/x86_64-unknown-linux-gnu/rustup-init
# so pick the triple from the running dpkg architecture.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev wget; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
        amd64) rustArch='x86_64-unknown-linux-gnu' ;; \
        arm64) rustArch='aarch64-unknown-linux-gnu' ;; \
        armhf) rustArch='armv7-unknown-linux-gnueabihf' ;; \
        i386) rustArch='i686-unknown-linux-gnu' ;; \
        *) echo >&2 "unsupported architecture: ${dpkgArch}"; exit 1 ;; \
    esac; \
    url="https://static.rust-lang.org/rustup/archive/${RUSTUP_VERSION}/${rustArch}/rustup-init"; \
    wget -q "$url" "$url.sha256"; \
    echo "$(cut -d' ' -f1 rustup-init.sha256)  rustup-init" | sha256sum -c -; \
    chmod +x rustup-init; \
    ./rustup-init -y --no-modify-path --profile minimal \
        --default-toolchain "$RUST_VERSION" --default-host "$rustArch"; \
    rm rustup-init rustup-init.sha256; \
    chmod -R a+w "$RUSTUP_HOME" "$CARGO_HOME"; \
    rm -rf /var/lib/apt/lists/*; \
    rustc --version

WORKDIR /src
COPY . .
RUN cargo build --release --locked
CMD ["./target/release/app"]
