# corpus: modelled-on=tonistiigi/xx README "Rust" section, alpine flavour with xx-apk + xx-cargo
# corpus: expect=
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM rust:1.83-alpine3.20 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld musl-dev pkgconf
ARG TARGETPLATFORM
# target sysroot: musl-dev + openssl for whatever platform buildx asked for
# (amd64 and arm64 in CI; the host is usually an x86_64 runner)
RUN xx-apk add --no-cache musl-dev gcc openssl-dev openssl-libs-static
WORKDIR /work
COPY . .
ENV OPENSSL_STATIC=1
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked \
 && xx-verify --static target/$(xx-cargo --print-target-triple)/release/tidepool \
 && install -D -m 0755 target/$(xx-cargo --print-target-triple)/release/tidepool /out/tidepool

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tzdata
COPY --from=build /out/tidepool /usr/bin/tidepool
HEALTHCHECK --interval=30s CMD ["/usr/bin/tidepool", "health"]
USER 1000
ENTRYPOINT ["/usr/bin/tidepool"]
