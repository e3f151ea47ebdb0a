# corpus: modelled-on=clang cross build with a TARGETARCH case that only knows amd64, plus AVX2 flags
# corpus: expect=AL205@11,AL402@18
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends \
        clang lld cmake ninja-build libc6-dev-amd64-cross libstdc++-12-dev-amd64-cross \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
        amd64) TRIPLE=x86_64-linux-gnu ;; \
        *) echo "only amd64 images are supported for now" >&2; exit 1 ;; \
    esac \
    && cmake -S . -B build -G Ninja \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_C_COMPILER_TARGET="$TRIPLE" -DCMAKE_CXX_COMPILER_TARGET="$TRIPLE" \
        -DCMAKE_CXX_FLAGS="-O3 -msse4.2 -mavx2" \
    && cmake --build build

FROM debian:bookworm-slim
COPY --from=build /src/build/colstore /usr/local/bin/colstore
EXPOSE 9440
ENTRYPOINT ["colstore"]
