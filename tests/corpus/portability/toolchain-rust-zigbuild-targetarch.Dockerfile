# corpus: modelled-on=cargo-zigbuild images mapping TARGETARCH to a triple
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
RUN cargo install cargo-zigbuild && pip3 install ziglang --break-system-packages
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in amd64) T=x86_64-unknown-linux-gnu ;; arm64) T=aarch64-unknown-linux-gnu ;; esac; \
    rustup target add "$T" && cargo zigbuild --release --target "$T" && cp "target/$T/release/app" /app
FROM debian:bookworm-slim
COPY --from=build /app /usr/local/bin/app
