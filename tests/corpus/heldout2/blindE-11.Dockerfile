# corpus: modelled-on=TARGETARCH -> musl rust target helper (cargo target script for docker) that only knows amd64/arm64
# corpus: expect=AL205@9
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$BUILDPLATFORM rust:1.82-alpine AS builder
ARG TARGETARCH
RUN apk add --no-cache musl-dev clang lld
ENV CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld \
    CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER=rust-lld
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /target ;; \
      arm64) echo aarch64-unknown-linux-musl > /target ;; \
      *) echo "unsupported arch: $TARGETARCH" && exit 1 ;; \
    esac \
    && rustup target add "$(cat /target)"

WORKDIR /usr/src/doorbell
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target "$(cat /target)" \
    && install -Dm755 "target/$(cat /target)/release/doorbell" /out/doorbell

FROM scratch
COPY --from=builder /out/doorbell /doorbell
EXPOSE 7000
ENTRYPOINT ["/doorbell"]
