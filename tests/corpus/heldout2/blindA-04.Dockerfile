# corpus: modelled-on=rust-cross/cargo-zigbuild usage + edezhic/prest release-builder.Dockerfile (zig fetched by $(uname -m))
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.83-slim-bookworm AS build
ARG ZIG_VERSION=0.13.0
RUN apt-get update && apt-get install -y --no-install-recommends curl xz-utils ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# zig runs on the build host, so it must match the *build* machine, not the target
RUN curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-$(uname -m)-${ZIG_VERSION}.tar.xz" \
      | tar -xJ -C /opt \
 && ln -s "/opt/zig-linux-$(uname -m)-${ZIG_VERSION}/zig" /usr/local/bin/zig \
 && cargo install --locked cargo-zigbuild

ARG TARGETARCH
RUN case "${TARGETARCH}" in \
      amd64) echo x86_64-unknown-linux-musl ;; \
      arm64) echo aarch64-unknown-linux-musl ;; \
      *) echo "no rust triple for ${TARGETARCH}" >&2; exit 1 ;; \
    esac > /tmp/triple \
 && rustup target add "$(cat /tmp/triple)"

WORKDIR /src
COPY . .
RUN cargo zigbuild --release --locked --target "$(cat /tmp/triple)" \
 && install -D "target/$(cat /tmp/triple)/release/shortlink" /out/shortlink

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/shortlink /usr/local/bin/shortlink
EXPOSE 3000
ENTRYPOINT ["/usr/local/bin/shortlink"]
