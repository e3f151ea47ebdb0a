# corpus: modelled-on=sol-prog/Clang-in-Docker and noir-lang barretenberg_dep.sh (official clang+llvm x86_64 tarball)
# corpus: expect=AL301@13
FROM ubuntu:22.04

ARG LLVM_VERSION=17.0.6
ENV DEBIAN_FRONTEND=noninteractive

# grab the upstream clang release instead of the distro one (we need clang-tidy 17)
RUN apt-get update && apt-get install -y --no-install-recommends \
        xz-utils build-essential curl ca-certificates cmake ninja-build \
    && rm -rf /var/lib/apt/lists/* \
    && curl -fsSL \
       "https://github.com/llvm/llvm-project/releases/download/llvmorg-${LLVM_VERSION}/clang+llvm-${LLVM_VERSION}-x86_64-linux-gnu-ubuntu-22.04.tar.xz" \
       | tar -xJ -C /opt \
    && mv /opt/clang+llvm-${LLVM_VERSION}-* /opt/llvm

ENV PATH=/opt/llvm/bin:$PATH \
    LD_LIBRARY_PATH=/opt/llvm/lib \
    CC=clang CXX=clang++

WORKDIR /src
COPY . .
RUN cmake -B build -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    && run-clang-tidy -p build -quiet
CMD ["bash"]
