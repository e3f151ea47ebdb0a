# corpus: modelled-on=Zig toolchain dev image (tarball chosen by uname -m, PATH extended, zig as ENTRYPOINT)
# corpus: expect=
FROM debian:bookworm-slim
ARG ZIG_VERSION=0.13.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl xz-utils make git \
 && rm -rf /var/lib/apt/lists/*
# Zig names its tarballs after `uname -m` (x86_64 / aarch64), e.g.
# zig-linux-x86_64-0.13.0.tar.xz, so the machine name can be used directly.
RUN set -eux; \
    zig_arch="$(uname -m)"; \
    curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-${zig_arch}-${ZIG_VERSION}.tar.xz" \
      | tar -xJ -C /opt; \
    mv "/opt/zig-linux-${zig_arch}-${ZIG_VERSION}" /opt/zig
ENV PATH=/opt/zig:$PATH \
    ZIG_GLOBAL_CACHE_DIR=/cache/zig
RUN zig version
WORKDIR /src
VOLUME /cache
ENTRYPOINT ["zig"]
CMD ["build", "-Doptimize=ReleaseSafe"]
