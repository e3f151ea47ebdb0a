# corpus: modelled-on=simdjson/hyperscan-style benchmark image: ISA flags chosen per TARGETARCH (guarded)
# corpus: expect=
FROM debian:bookworm
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends \
        g++ cmake ninja-build libbenchmark-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# x86-64-v2 gives us SSE4.2/POPCNT; on arm64 baseline armv8-a+crc is enough
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        ISA_FLAGS="-march=x86-64-v2 -msse4.2 -mpopcnt"; \
    elif [ "$TARGETARCH" = "arm64" ]; then \
        ISA_FLAGS="-march=armv8-a+crc"; \
    else \
        ISA_FLAGS=""; \
    fi \
    && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_FLAGS="-O3 ${ISA_FLAGS}" \
    && cmake --build build \
    && ./build/hashbench --benchmark_min_time=0.01s
ENTRYPOINT ["/src/build/hashbench"]
