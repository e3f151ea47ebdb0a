# corpus: modelled-on=C++ lint/build image with LLVM release tarball for clang-format/clang-tidy (llvm clang+llvm tar.xz installs)
# corpus: expect=AL301@9,AL402@14,AL303@16
FROM ubuntu:22.04 AS toolchain
ARG LLVM_VERSION=17.0.6
RUN apt-get update && apt-get install -y --no-install-recommends \
      curl xz-utils ca-certificates cmake ninja-build make libtinfo5 \
 && rm -rf /var/lib/apt/lists/*
# prebuilt LLVM gives us matching clang-format / clang-tidy / clangd
RUN curl -fsSL https://github.com/llvm/llvm-project/releases/download/llvmorg-${LLVM_VERSION}/clang+llvm-${LLVM_VERSION}-x86_64-linux-gnu-ubuntu-22.04.tar.xz \
      | tar -xJ --strip-components=1 -C /usr/local \
 && clang-format --version
ENV CC=clang \
    CXX=clang++ \
    CXXFLAGS="-O2 -mavx2 -mfma"
WORKDIR /src
COPY third_party/prebuilt/lib/x86_64/ /opt/vendor/lib/
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
 && cmake --build build \
 && cmake --build build --target format-check tidy-check
