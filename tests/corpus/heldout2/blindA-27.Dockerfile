# corpus: modelled-on=syepes/rust_ci + bee-san/discord-bot (FROM --platform=$BUILDPLATFORM rust, plain cargo build) with RUSTFLAGS target-cpu=native
# corpus: expect=AL402@8,AL206@13
FROM --platform=$BUILDPLATFORM rust:1.82-alpine AS builder
RUN apk add --no-cache musl-dev pkgconf openssl-dev openssl-libs-static
WORKDIR /usr/src/metricsd

# squeeze out a bit more throughput
ENV RUSTFLAGS="-C target-cpu=native"

COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/src/metricsd/target \
    cargo build --release --locked \
 && cp target/release/metricsd /usr/local/bin/metricsd

FROM alpine:3.20
RUN apk add --no-cache ca-certificates \
 && adduser -D -H metrics
COPY --from=builder /usr/local/bin/metricsd /usr/local/bin/metricsd
USER metrics
EXPOSE 9100
ENTRYPOINT ["metricsd"]
