# corpus: modelled-on=sccache built from source with cargo for a ccache/sccache builder image (rust-lang ci sccache script, cross-rs images)
# corpus: expect=AL205@7
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM rust:1.79-bookworm AS build
ARG TARGETARCH
ARG SCCACHE_VERSION=0.8.1
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu > /rust-target ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac \
 && rustup target add "$(cat /rust-target)"
RUN cargo install sccache --version ${SCCACHE_VERSION} --locked \
      --no-default-features --features dist-client \
      --target "$(cat /rust-target)" --root /out

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates ccache build-essential \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/bin/sccache /usr/local/bin/sccache
ENV SCCACHE_DIR=/var/cache/sccache \
    CCACHE_DIR=/var/cache/ccache
VOLUME ["/var/cache/sccache", "/var/cache/ccache"]
ENTRYPOINT ["sccache"]
CMD ["--show-stats"]
