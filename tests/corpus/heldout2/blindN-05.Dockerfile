# corpus: modelled-on=cargo-zigbuild Dockerfiles that download zig by hand (rust:slim + ziglang.org tarball) pinned to glibc 2.28
# corpus: expect=AL205@23,AL301@11,AL301@13
FROM rust:1.83-slim-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl xz-utils pkg-config \
 && rm -rf /var/lib/apt/lists/*

ENV ZIG_VERSION=0.13.0
# zig is only used as the linker for cargo-zigbuild
RUN curl -fsSLo /tmp/zig.tar.xz \
      https://ziglang.org/download/${ZIG_VERSION}/zig-linux-x86_64-${ZIG_VERSION}.tar.xz \
 && mkdir -p /opt/zig && tar -xJf /tmp/zig.tar.xz -C /opt/zig --strip-components=1 \
 && curl -fsSL https://github.com/rust-cross/cargo-zigbuild/releases/download/v0.19.5/cargo-zigbuild-v0.19.5.x86_64-unknown-linux-musl.tar.gz \
    | tar -xz -C /usr/local/cargo/bin \
 && rm /tmp/zig.tar.xz
ENV PATH=/opt/zig:$PATH

WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY crates ./crates
# glibc 2.28 so the binary also runs on RHEL 8 hosts
RUN cargo zigbuild --release --locked \
      --target x86_64-unknown-linux-gnu.2.28 -p shipyard-agent \
 && cp target/x86_64-unknown-linux-gnu/release/shipyard-agent /usr/local/bin/

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/shipyard-agent /usr/local/bin/
ENTRYPOINT ["shipyard-agent"]
