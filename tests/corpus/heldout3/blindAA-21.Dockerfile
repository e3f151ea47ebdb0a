# corpus: modelled-on=C++ lint/build image with apt.llvm.org clang tools and guarded ISA flags (llvm apt images, ccache setups)
# corpus: expect=
FROM debian:bookworm
ARG TARGETARCH
ARG LLVM_MAJOR=18
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl gnupg lsb-release software-properties-common cmake ninja-build ccache \
 && curl -fsSL https://apt.llvm.org/llvm.sh -o /tmp/llvm.sh \
 && bash /tmp/llvm.sh ${LLVM_MAJOR} \
 && apt-get install -y --no-install-recommends clang-format-${LLVM_MAJOR} clang-tidy-${LLVM_MAJOR} \
 && rm -rf /var/lib/apt/lists/* /tmp/llvm.sh

# the x86_64 build gets AVX2 kernels; arm64 uses NEON which is baseline on armv8
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      echo "-O2 -mavx2 -mfma" > /etc/project-cflags; \
    else \
      echo "-O2" > /etc/project-cflags; \
    fi

ENV CC=clang-${LLVM_MAJOR} CXX=clang++-${LLVM_MAJOR} \
    CMAKE_C_COMPILER_LAUNCHER=ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache
WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_CXX_FLAGS="$(cat /etc/project-cflags)" \
 && cmake --build build
