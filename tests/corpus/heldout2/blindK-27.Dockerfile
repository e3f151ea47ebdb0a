# corpus: modelled-on=apt.llvm.org clang toolchain + source-built libs registered via ld.so.conf.d using the multiarch triplet
# corpus: expect=
FROM ubuntu:24.04
ARG LLVM=18
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        clang-${LLVM} lld-${LLVM} libc++-${LLVM}-dev libc++abi-${LLVM}-dev \
        cmake ninja-build git ca-certificates dpkg-dev \
    && rm -rf /var/lib/apt/lists/*
ENV CC=clang-${LLVM} CXX=clang++-${LLVM}
# CMake's GNUInstallDirs puts libs in lib/<multiarch>, e.g. /usr/local/lib/x86_64-linux-gnu
# on amd64 and /usr/local/lib/aarch64-linux-gnu on arm64, so ask dpkg instead of hardcoding.
RUN MA="$(dpkg-architecture -qDEB_HOST_MULTIARCH)" \
    && echo "/usr/local/lib/${MA}" > /etc/ld.so.conf.d/zz-local-multiarch.conf \
    && git clone --depth 1 -b v1.15.0 https://github.com/gabime/spdlog.git /tmp/spdlog \
    && cmake -S /tmp/spdlog -B /tmp/spdlog/build -G Ninja -DSPDLOG_BUILD_SHARED=ON \
    && cmake --build /tmp/spdlog/build --target install \
    && ldconfig && rm -rf /tmp/spdlog
WORKDIR /src
COPY . .
RUN cmake -B build -G Ninja -DCMAKE_CXX_FLAGS="-stdlib=libc++" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
    && cmake --build build
CMD ["./build/logtail"]
