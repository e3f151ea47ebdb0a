# corpus: modelled-on=r-nacos build_gnu_docker.sh style TARGETARCH->triple mapping, written as an inline case with only the x86_64 branch
# corpus: expect=AL205@11
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# pick the rust triple for the requested docker platform
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /rust-target ;; \
      *) echo "unsupported TARGETARCH: $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    rustup target add "$(cat /rust-target)"
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked --target "$(cat /rust-target)" \
 && cp "target/$(cat /rust-target)/release/ferry" /usr/local/bin/ferry

FROM scratch
COPY --from=build /usr/local/bin/ferry /ferry
USER 65534:65534
ENTRYPOINT ["/ferry"]
