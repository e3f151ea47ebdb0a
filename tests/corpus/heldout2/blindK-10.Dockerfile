# corpus: modelled-on=Dockerfile.cross (debian, echo-generated arm.toolchain.cmake with CMAKE_SYSTEM_PROCESSOR aarch64) used as the image builder
# corpus: expect=AL205@6,AL403@8,AL205@16
FROM --platform=$BUILDPLATFORM debian:bookworm AS cross

ENV GNU_HOST=aarch64-linux-gnu
ENV CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++
ENV CROSS_TOOLCHAIN=/opt/aarch64.toolchain.cmake
ENV PKG_CONFIG_LIBDIR=/usr/lib/aarch64-linux-gnu/pkgconfig

RUN dpkg --add-architecture arm64 && apt-get update && \
    apt-get install -y --no-install-recommends cmake make crossbuild-essential-arm64 \
        libcurl4-openssl-dev:arm64 libsqlite3-dev:arm64 && \
    rm -rf /var/lib/apt/lists/*

RUN { echo "set(CMAKE_SYSTEM_NAME Linux)"; \
      echo "set(CMAKE_SYSTEM_PROCESSOR aarch64)"; \
      echo "set(CMAKE_C_COMPILER /usr/bin/${CC})"; \
      echo "set(CMAKE_CXX_COMPILER /usr/bin/${CXX})"; \
      echo "set(CMAKE_FIND_ROOT_PATH /usr/${GNU_HOST})"; \
      echo "set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)"; } > "$CROSS_TOOLCHAIN"

WORKDIR /src
COPY . .
RUN cmake -B build -DCMAKE_TOOLCHAIN_FILE="$CROSS_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release && \
    cmake --build build -j"$(nproc)"

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libcurl4 libsqlite3-0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=cross /src/build/weatherd /usr/bin/weatherd
CMD ["weatherd"]
