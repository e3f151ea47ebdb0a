# corpus: modelled-on=orioux/gcc-multilib Dockerfile, with the multilib install guarded by architecture
# corpus: expect=
FROM buildpack-deps:bookworm
COPY . /usr/src/workspace
WORKDIR /usr/src/workspace

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends cmake ninja-build zlib1g-dev; \
    if [ "$(dpkg --print-architecture)" = "amd64" ]; then \
        apt-get install -y --no-install-recommends gcc-multilib g++-multilib; \
        echo "-DBUILD_32BIT_TESTS=ON" > /tmp/cmake-extra; \
    else \
        echo "" > /tmp/cmake-extra; \
    fi; \
    rm -rf /var/lib/apt/lists/*

RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release $(cat /tmp/cmake-extra) \
    && cmake --build build \
    && ctest --test-dir build --output-on-failure
CMD ["./build/bin/runner"]
