# corpus: modelled-on=tonistiigi/xx README Rust example + Docker blog 'cross-compiling Rust code for multiple architectures' (xx-cargo)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.79-alpine3.20 AS build
COPY --from=xx / /
RUN apk add --no-cache clang lld musl-dev git
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
ARG TARGETPLATFORM
# xx-cargo adds --target for $TARGETPLATFORM (x86_64-unknown-linux-musl / aarch64-unknown-linux-musl)
RUN xx-apk add --no-cache musl-dev gcc
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked \
    && xx-verify "./target/$(xx-cargo --print-target-triple)/release/shortlinkd" \
    && cp "./target/$(xx-cargo --print-target-triple)/release/shortlinkd" /shortlinkd

FROM alpine:3.20
RUN apk add --no-cache ca-certificates tini \
    && adduser -D -H -u 10001 app
COPY --from=build /shortlinkd /usr/local/bin/shortlinkd
USER app
EXPOSE 8000
ENTRYPOINT ["/sbin/tini", "--", "shortlinkd"]
