# corpus: modelled-on=Vaultwarden musl build (older vaultwarden Dockerfile.alpine templates mapping arch to a rust triple)
# corpus: expect=AL205@11
FROM rust:1.83-alpine3.20 AS build
ARG TARGETARCH
ARG DB=sqlite,postgresql
RUN apk add --no-cache musl-dev openssl-dev openssl-libs-static postgresql-dev git

WORKDIR /app
COPY . .
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) RUST_TARGET=x86_64-unknown-linux-musl ;; \
      *) echo "only amd64 is built here for now" >&2; exit 1 ;; \
    esac; \
    rustup target add "$RUST_TARGET"; \
    cargo build --features "${DB}" --release --target "$RUST_TARGET"; \
    cp "target/${RUST_TARGET}/release/vaultwarden" /vaultwarden

FROM alpine:3.20
ENV ROCKET_PROFILE=release ROCKET_ADDRESS=0.0.0.0 ROCKET_PORT=80 SSL_CERT_DIR=/etc/ssl/certs
RUN apk add --no-cache ca-certificates curl openssl tzdata libpq
ADD https://github.com/dani-garcia/bw_web_builds/releases/download/v2024.6.2c/bw_web_v2024.6.2c.tar.gz /tmp/wv.tar.gz
RUN tar -xzf /tmp/wv.tar.gz -C / && rm /tmp/wv.tar.gz
COPY --from=build /vaultwarden /vaultwarden
VOLUME /data
EXPOSE 80
HEALTHCHECK --interval=60s CMD curl -fs http://localhost/alive || exit 1
CMD ["/vaultwarden"]
