# corpus: modelled-on=Rust musl service cross-built from $BUILDPLATFORM with a TARGETARCH->triple case (cf. public rust musl Dockerfiles and /.platform case scripts)
# corpus: expect=AL205@11
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/relay
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# Only Intel for now; Graviton pool is still a proof-of-concept.
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /rust-target ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$(cat /rust-target)" \
 && cargo build --release --locked --target "$(cat /rust-target)" \
 && cp target/"$(cat /rust-target)"/release/relay /relay

FROM alpine:3.20
RUN apk add --no-cache ca-certificates && adduser -D -H relay
COPY --from=build /relay /usr/local/bin/relay
USER relay
EXPOSE 7000
ENTRYPOINT ["/usr/local/bin/relay"]
