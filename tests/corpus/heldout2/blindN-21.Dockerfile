# corpus: modelled-on=Rust musl builder with TARGETARCH case (public chef/musl Dockerfiles), written when only amd64 was shipped
# corpus: expect=AL207@5,AL205@9
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM rust:1.83-alpine AS build
ARG TARGETARCH=amd64
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) RUST_TARGET=x86_64-unknown-linux-musl ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$RUST_TARGET" \
 && cargo build --release --target "$RUST_TARGET" \
 && cp "target/$RUST_TARGET/release/spindle" /spindle

FROM alpine:3.20
COPY --from=build /spindle /usr/local/bin/spindle
RUN adduser -D -u 1001 spindle
USER spindle
ENTRYPOINT ["spindle"]
