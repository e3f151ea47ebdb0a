# corpus: modelled-on=Rust armv7 cross images (g++-arm-linux-gnueabihf + rustup target add armv7-unknown-linux-gnueabihf) turned into a buildx BUILDPLATFORM stage
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
ARG TARGETPLATFORM
RUN apt-get update && apt-get install -y --no-install-recommends \
        gcc-x86-64-linux-gnu libc6-dev-amd64-cross \
        gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
        gcc-arm-linux-gnueabihf libc6-dev-armhf-cross \
    && rm -rf /var/lib/apt/lists/*
RUN case "$TARGETPLATFORM" in \
        linux/amd64)  echo x86_64-unknown-linux-gnu ;; \
        linux/arm64)  echo aarch64-unknown-linux-gnu ;; \
        linux/arm/v7) echo armv7-unknown-linux-gnueabihf ;; \
        *) echo "unsupported $TARGETPLATFORM" >&2; exit 1 ;; \
    esac > /rust_target \
    && rustup target add "$(cat /rust_target)"
ENV CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=x86_64-linux-gnu-gcc \
    CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
    CARGO_TARGET_ARMV7_UNKNOWN_LINUX_GNUEABIHF_LINKER=arm-linux-gnueabihf-gcc
WORKDIR /src
COPY . .
RUN cargo build --release --locked --target "$(cat /rust_target)" \
    && cp "target/$(cat /rust_target)/release/sensord" /sensord

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /sensord /usr/local/bin/sensord
USER 65534
ENTRYPOINT ["/usr/local/bin/sensord"]
