# corpus: modelled-on=Zig cross-compiling C projects (zig cc as CC) modelled on cross-build Dockerfiles found via search
# corpus: expect=AL205@11,AL205@13
FROM debian:bookworm-slim AS build
ARG ZIG_VERSION=0.13.0
RUN apt-get update && apt-get install -y --no-install-recommends curl xz-utils ca-certificates make && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    curl -fsSL "https://ziglang.org/download/${ZIG_VERSION}/zig-linux-$(uname -m)-${ZIG_VERSION}.tar.xz" | tar -xJ -C /opt; \
    ln -s /opt/zig-linux-*/zig /usr/local/bin/zig
WORKDIR /src
COPY . .
ENV CC="zig cc -target x86_64-linux-musl"
RUN make -j"$(nproc)" CC="$CC" libs
RUN zig build -Doptimize=ReleaseSafe -Dtarget=x86_64-linux-musl --prefix /out

FROM scratch
COPY --from=build /out/bin/kvstore /kvstore
EXPOSE 7070
ENTRYPOINT ["/kvstore"]
