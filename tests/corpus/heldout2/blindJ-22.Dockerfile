# corpus: modelled-on=tonistiigi/xx Rust cross-compile recipe (xx-cargo / xx-verify) applied to the same Rust admission webhook
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.82-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld musl-dev git file

ARG TARGETPLATFORM
# installs the C runtime for the *target* (e.g. aarch64 musl-dev when building arm64)
RUN xx-apk add --no-cache musl-dev gcc

WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
# xx-cargo adds --target <triple-for-TARGETPLATFORM>, e.g. x86_64-unknown-linux-musl
RUN --mount=type=cache,target=/root/.cargo/git/db \
    --mount=type=cache,target=/root/.cargo/registry \
    xx-cargo build --release --locked --target-dir ./build \
 && xx-verify --static "./build/$(xx-cargo --print-target-triple)/release/image-policy-webhook" \
 && cp "./build/$(xx-cargo --print-target-triple)/release/image-policy-webhook" /image-policy-webhook

FROM cgr.dev/chainguard/static:latest
COPY --from=build /image-policy-webhook /usr/local/bin/image-policy-webhook
USER 65532:65532
EXPOSE 8443
ENTRYPOINT ["/usr/local/bin/image-policy-webhook"]
CMD ["--cert-dir", "/certs"]
