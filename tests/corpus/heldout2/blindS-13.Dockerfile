# corpus: modelled-on=dani-garcia/vaultwarden docker/Dockerfile.debian (tonistiigi/xx cross compile from BUILDPLATFORM)
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.83-slim-bookworm AS build
COPY --from=xx / /
ARG TARGETARCH
ARG TARGETVARIANT
ARG TARGETPLATFORM
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang lld pkg-config git \
 && xx-apt-get install -y --no-install-recommends gcc libc6-dev libssl-dev libpq-dev libmariadb-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# e.g. on amd64 this resolves to x86_64-unknown-linux-gnu, on arm64 to aarch64-unknown-linux-gnu
RUN rustup target add "$(xx-cargo --print-target-triple)" \
 && xx-cargo build --features sqlite,mysql,postgresql --release \
 && xx-verify "target/$(xx-cargo --print-target-triple)/release/vaultwarden" \
 && cp "target/$(xx-cargo --print-target-triple)/release/vaultwarden" /vaultwarden

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl libmariadb-dev-compat libpq5 openssl \
 && rm -rf /var/lib/apt/lists/*
ADD https://github.com/dani-garcia/bw_web_builds/releases/download/v2024.6.2c/bw_web_v2024.6.2c.tar.gz /tmp/web-vault.tar.gz
RUN tar -xzf /tmp/web-vault.tar.gz -C / && rm /tmp/web-vault.tar.gz
COPY --from=build /vaultwarden /vaultwarden
VOLUME /data
EXPOSE 80
CMD ["/vaultwarden"]
