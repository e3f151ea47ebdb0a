# corpus: modelled-on=linux-test-project ci/debian.i386.sh + malcops/projects (dpkg --add-architecture i386, gcc-multilib) 32-bit build image
# corpus: expect=AL304@8,AL304@13,AL304@14,AL304@15,AL402@19,AL402@20
FROM debian:bookworm

ENV DEBIAN_FRONTEND=noninteractive

# the vendor plugin SDK only ships 32-bit x86 libraries
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential \
      cmake \
      gcc-multilib \
      g++-multilib \
      lib32z1-dev \
      pkg-config \
 && rm -rf /var/lib/apt/lists/*

ENV CFLAGS="-m32 -O2 -pipe" \
    CXXFLAGS="-m32 -O2 -pipe"

WORKDIR /src
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release \
 && cmake --build build -j"$(nproc)"

CMD ["ctest", "--test-dir", "build", "--output-on-failure"]
