# corpus: modelled-on=TheoZerbibi/docker-zig (zig-linux-$(uname -m)) + BUILDARCH zig Containerfile; zig -target mapped from TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS zig
ARG ZIG_VERSION=0.13.0
RUN apk add --no-cache curl xz tar
# zig ships zig-linux-x86_64-<ver>.tar.xz and zig-linux-aarch64-<ver>.tar.xz;
# uname -m yields exactly those names for the build host.
RUN set -eux; \
    arch="$(uname -m)"; \
    curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-${arch}-${ZIG_VERSION}.tar.xz" \
        | tar -xJ -C /opt; \
    ln -s "/opt/zig-linux-${arch}-${ZIG_VERSION}/zig" /usr/local/bin/zig; \
    zig version

FROM zig AS build
WORKDIR /src
COPY build.zig build.zig.zon ./
COPY src/ ./src/
ARG TARGETARCH
RUN set -eux; \
    case "$TARGETARCH" in \
        amd64) zt='x86_64-linux-musl' ;; \
        arm64) zt='aarch64-linux-musl' ;; \
        *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac; \
    zig build -Doptimize=ReleaseSafe -Dtarget="$zt" --prefix /out

FROM scratch
COPY --from=build /out/bin/kvstore /kvstore
EXPOSE 7070
ENTRYPOINT ["/kvstore"]
