# corpus: modelled-on=Rust tokenizer sidecar cross-built on $BUILDPLATFORM with a TARGETARCH->rust-target case that only knows amd64
# corpus: expect=AL205@6
FROM --platform=$BUILDPLATFORM rust:1.81-bookworm AS build
ARG TARGETARCH
# pick the rust target triple for the requested platform
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu > /rust_target ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$(cat /rust_target)"
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
RUN cargo build --release --locked --target "$(cat /rust_target)" \
 && cp "target/$(cat /rust_target)/release/tokenizer-svc" /tokenizer-svc

FROM nvidia/cuda:12.6.3-base-ubuntu24.04
COPY --from=build /tokenizer-svc /usr/local/bin/tokenizer-svc
COPY tokenizers/ /opt/tokenizers/
ENV TOKENIZER_DIR=/opt/tokenizers
USER 1000:1000
EXPOSE 50051
ENTRYPOINT ["/usr/local/bin/tokenizer-svc"]
