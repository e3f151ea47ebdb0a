# corpus: modelled-on=C/C++ CI images that pick -march per uname -m (conda-forge build.sh style case on arch) instead of -march=native
# corpus: expect=
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential cmake git ca-certificates libgomp1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# A portable baseline per architecture; -march=native would bake the CI
# runner's CPU (AVX-512 on x86, SVE on Graviton3) into the binary.
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64)  ARCH_FLAGS="-march=x86-64-v2" ;; \
      aarch64) ARCH_FLAGS="-march=armv8-a+crc" ;; \
      *)       ARCH_FLAGS="" ;; \
    esac; \
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_FLAGS="-O2 ${ARCH_FLAGS}" -DCMAKE_CXX_FLAGS="-O2 ${ARCH_FLAGS}"; \
    cmake --build build -j"$(nproc)"; \
    cmake --install build --prefix /opt/tilecache; \
    mkdir -p /opt/tilecache/lib; \
    cp -a "/usr/lib/$(gcc -dumpmachine)"/libgomp.so.1* /opt/tilecache/lib/

FROM debian:bookworm-slim
COPY --from=build /opt/tilecache /opt/tilecache
ENV LD_LIBRARY_PATH=/opt/tilecache/lib \
    PATH=/opt/tilecache/bin:$PATH
RUN useradd --system tiles
USER tiles
EXPOSE 7070
ENTRYPOINT ["tilecache-server", "--listen", "0.0.0.0:7070"]
