# corpus: modelled-on=rikorose/gcc-cmake + crocoddyl benchmark build.sh (Kitware x86_64 installer, -march=native)
# corpus: expect=AL301@5,AL402@17
FROM gcc:12

RUN wget -q https://github.com/Kitware/CMake/releases/download/v3.27.9/cmake-3.27.9-linux-x86_64.sh \
        -O /tmp/cmake-install.sh \
    && chmod u+x /tmp/cmake-install.sh \
    && mkdir /opt/cmake \
    && /tmp/cmake-install.sh --skip-license --prefix=/opt/cmake \
    && rm /tmp/cmake-install.sh
ENV PATH="/opt/cmake/bin:${PATH}"

RUN apt-get update && apt-get install -y --no-install-recommends libeigen3-dev libboost-all-dev \
    && rm -rf /var/lib/apt/lists/*

# squeeze the last bit out of the solver
ENV CFLAGS="-O3 -march=native -mfma"
ENV CXXFLAGS="${CFLAGS}"

WORKDIR /bench
COPY . .
RUN cmake -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_WITH_NTHREADS=8 \
    && cmake --build build -j"$(nproc)"
CMD ["./build/benchmark/solver-bench"]
