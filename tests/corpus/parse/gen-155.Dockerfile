# Maintained by the platform team.
# See README for build instructions.

ARG BASE_IMAGE=debian:bookworm-slim
FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]
FROM alpine AS a
FROM a AS b
FROM b
COPY --from=0 /etc/os-release /a
COPY --from=a /etc/os-release /b
RUN --mount=from=b,source=/etc,target=/mnt ls /mnt
ARG CACHEBUST=1
ARG EMPTY=
ARG QUOTED="a b"
FROM --platform=$BUILDPLATFORM rust:${RUST_VERSION}-slim AS build
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-musl > /target ;; \
      arm64) echo aarch64-unknown-linux-musl > /target ;; \
      *) echo "unsupported $TARGETARCH"; exit 1 ;; \
    esac && rustup target add "$(cat /target)"
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --target "$(cat /target)" && \
    cp target/"$(cat /target)"/release/app /app


FROM scratch
COPY --link --from=build /out/app /
