# corpus: modelled-on=RedisJSON (Rust redis module) cross-compiled in a BUILDPLATFORM stage, target triple mapped from TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.82-bookworm AS build
ARG BUILDARCH
ARG TARGETARCH
ARG REDISJSON_REF=v2.8.4

RUN apt-get update && apt-get install -y --no-install-recommends clang git && rm -rf /var/lib/apt/lists/*
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu  > /rust-target; echo x86-64  > /gcc-arch ;; \
      arm64) echo aarch64-unknown-linux-gnu > /rust-target; echo aarch64 > /gcc-arch ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac \
 && if [ "$BUILDARCH" != "$TARGETARCH" ]; then \
      apt-get update && apt-get install -y --no-install-recommends \
        "gcc-$(cat /gcc-arch)-linux-gnu" "libc6-dev-${TARGETARCH}-cross"; \
    fi \
 && rustup target add "$(cat /rust-target)"

WORKDIR /src
RUN git clone --depth 1 --branch "$REDISJSON_REF" --recursive https://github.com/RedisJSON/RedisJSON.git .
RUN export T="$(cat /rust-target)" \
 && export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=x86_64-linux-gnu-gcc \
 && export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
 && cargo build --release --target "$T" \
 && install -D "target/$T/release/librejson.so" /out/rejson.so

FROM redis:7.4-bookworm
COPY --from=build /out/rejson.so /usr/local/lib/redis/modules/rejson.so
CMD ["redis-server", "--loadmodule", "/usr/local/lib/redis/modules/rejson.so"]
