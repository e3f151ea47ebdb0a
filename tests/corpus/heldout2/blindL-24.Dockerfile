# corpus: modelled-on=Rust CLI cross-compiled with tonistiigi/xx (cf. tonistiigi/xx README Rust example)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.82-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld git file
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
ARG TARGETPLATFORM
# xx maps linux/amd64 -> x86_64-unknown-linux-musl, linux/arm64 -> aarch64-...
RUN xx-apk add --no-cache musl-dev gcc
RUN --mount=type=cache,target=/root/.cargo/registry \
    xx-cargo build --release --locked --target-dir /build \
 && xx-verify /build/$(xx-cargo --print-target-triple)/release/shipit \
 && cp /build/$(xx-cargo --print-target-triple)/release/shipit /usr/local/bin/shipit

FROM alpine:3.20
RUN apk add --no-cache ca-certificates git openssh-client
COPY --from=build /usr/local/bin/shipit /usr/local/bin/shipit
RUN adduser -D ship
USER ship
ENTRYPOINT ["shipit"]
