# corpus: modelled-on=rust-lang/docker-rust Dockerfile template (dpkg arch case to rustArch, rustup-init --default-host)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/386,linux/ppc64le,linux/s390x
FROM debian:bookworm-slim
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH RUST_VERSION=1.79.0
RUN set -eux; \
    apt-get update; apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev wget; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
      amd64) rustArch='x86_64-unknown-linux-gnu' ;; \
      armhf) rustArch='armv7-unknown-linux-gnueabihf' ;; \
      arm64) rustArch='aarch64-unknown-linux-gnu' ;; \
      i386) rustArch='i686-unknown-linux-gnu' ;; \
      ppc64el) rustArch='powerpc64le-unknown-linux-gnu' ;; \
      s390x) rustArch='s390x-unknown-linux-gnu' ;; \
      *) echo >&2 "unsupported architecture: ${dpkgArch}"; exit 1 ;; \
    esac; \
    url="https://static.rust-lang.org/rustup/archive/1.27.1/${rustArch}/rustup-init"; \
    wget "$url"; \
    chmod +x rustup-init; \
    ./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host ${rustArch}; \
    rm rustup-init; \
    cargo build --target "$rustArch" --manifest-path /dev/null || true; \
    rustc --version
