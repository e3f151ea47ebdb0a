# corpus: modelled-on=Rust Kubernetes admission webhook (kube-rs style) built as a static musl binary on $BUILDPLATFORM, with the musl target hardcoded
# corpus: expect=AL205@14
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    rustup target add x86_64-unknown-linux-musl && cargo build --release --locked --target x86_64-unknown-linux-musl \
 && cp target/x86_64-unknown-linux-musl/release/image-policy-webhook /image-policy-webhook

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /image-policy-webhook /usr/local/bin/image-policy-webhook
USER 65532:65532
EXPOSE 8443
ENTRYPOINT ["/usr/local/bin/image-policy-webhook"]
CMD ["--cert-dir", "/certs"]
