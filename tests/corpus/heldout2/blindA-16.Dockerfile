# corpus: modelled-on=ereyes01/linpack Dockerfile (-march=native) + docker cross Dockerfile (gcc-multilib) for a numeric C++ library CI image
# corpus: expect=AL304@6,AL304@10,AL402@14,AL402@26
FROM debian:bookworm

# the legacy 32-bit plugin ABI is still tested in this image
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential cmake ninja-build pkg-config git ca-certificates \
      gcc-multilib g++-multilib \
      libopenblas-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*

ENV CFLAGS="-O3 -march=native -mtune=native" CXXFLAGS="-O3 -march=native -mtune=native"

WORKDIR /src/fastmat
COPY . .

RUN cmake -S . -B build -G Ninja \
      -DCMAKE_BUILD_TYPE=Release \
      -DFASTMAT_BUILD_TESTS=ON \
 && cmake --build build \
 && ctest --test-dir build --output-on-failure

RUN cmake -S . -B build32 -G Ninja \
      -DCMAKE_C_FLAGS="-m32 -O2" -DCMAKE_CXX_FLAGS="-m32 -O2" \
      -DFASTMAT_PLUGIN_ONLY=ON \
 && cmake --build build32

CMD ["ctest", "--test-dir", "build", "--output-on-failure"]
