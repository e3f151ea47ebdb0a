# corpus: modelled-on=qsc/zig release-builder Dockerfiles (curl zig tarball) using `zig cc -target` as a static C compiler
# corpus: expect=AL301@9,AL205@17
FROM debian:bookworm-slim AS build
ARG ZIG_VERSION=0.13.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl xz-utils ca-certificates make \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL \
      "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-x86_64-${ZIG_VERSION}.tar.xz" \
      | tar -xJ -C /opt \
 && mv /opt/zig-linux-* /opt/zig \
 && ln -s /opt/zig/zig /usr/local/bin/zig

WORKDIR /src
COPY . .
# zig is only used as a drop-in static C compiler here
RUN make -j"$(nproc)" CC="zig cc -target x86_64-linux-musl" LDFLAGS="-static" \
 && install -D build/kvstash /out/kvstash

FROM scratch
COPY --from=build /out/kvstash /kvstash
EXPOSE 7379
ENTRYPOINT ["/kvstash"]
