# corpus: modelled-on=Rust images whose triple mapping only knows x86_64
# corpus: expect=AL205@7
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) RUST_TARGET=x86_64-unknown-linux-musl ;; \
      *) echo "no Rust target for $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    rustup target add "$RUST_TARGET" && \
    cargo build --release --target "$RUST_TARGET" && \
    cp "target/$RUST_TARGET/release/app" /app
FROM scratch
COPY --from=build /app /app
