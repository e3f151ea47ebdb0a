# corpus: modelled-on=C library build (zstd/lz4 style) patching Makefile with sed, SIMD flags only behind an arch test
# corpus: expect=
FROM debian:bookworm AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential ca-certificates curl dpkg-dev \
 && rm -rf /var/lib/apt/lists/*

ARG LZ_VERSION=1.9.4
WORKDIR /src
RUN curl -fsSL https://github.com/lz4/lz4/archive/refs/tags/v${LZ_VERSION}.tar.gz | tar -xz --strip-components=1

# x86_64 gets the SSE4.2 path; everything else keeps the portable defaults
RUN set -eux; \
    sed -i 's/-Werror//g' lib/Makefile programs/Makefile; \
    if [ "$(uname -m)" = "x86_64" ]; then \
      sed -i 's/^CFLAGS ?= -O3/CFLAGS ?= -O3 -msse4.2/' lib/Makefile; \
    fi; \
    multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"; \
    make -j"$(nproc)"; \
    make install PREFIX=/usr LIBDIR="/usr/lib/${multiarch}" DESTDIR=/out

FROM debian:bookworm-slim
COPY --from=build /out/usr/ /usr/
RUN ldconfig && lz4 --version
WORKDIR /data
ENTRYPOINT ["lz4"]
CMD ["--help"]
