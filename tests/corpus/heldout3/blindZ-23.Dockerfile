# corpus: modelled-on=Rust Delta-table compactor cross-compiled with tonistiigi/xx (xx-cargo / xx-verify) from $BUILDPLATFORM
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.80-bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld && rm -rf /var/lib/apt/lists/*
ARG TARGETPLATFORM
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev
WORKDIR /src
COPY . .
# xx-cargo maps TARGETPLATFORM to the rust triple (x86_64-unknown-linux-gnu or
# aarch64-unknown-linux-gnu) and configures the matching linker
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    xx-cargo build --release --locked --bin compactor \
 && xx-verify "./target/$(xx-cargo --print-target-triple)/release/compactor" \
 && cp "./target/$(xx-cargo --print-target-triple)/release/compactor" /compactor

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /compactor /usr/local/bin/compactor
USER nobody
ENTRYPOINT ["compactor"]
