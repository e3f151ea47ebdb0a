# corpus: modelled-on=Rust cross builds writing the TARGETARCH-mapped triple to a file (common in Rust web servers)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /rust_target ;; \
      arm64) echo aarch64-unknown-linux-musl > /rust_target ;; \
      *) exit 1 ;; \
    esac
RUN rustup target add "$(cat /rust_target)"
WORKDIR /src
COPY . .
RUN cargo build --release --target "$(cat /rust_target)" && \
    cp "target/$(cat /rust_target)/release/srv" /srv
FROM scratch
COPY --from=build /srv /srv
