# corpus: modelled-on=HPC/numerics C library CI image targeting Power and Z (cmake, multilib, MinIO client via dpkg arch case)
# corpus: expect=AL304@10,AL301@15,AL402@27
# corpus: platforms=linux/amd64,linux/ppc64le,linux/s390x
FROM ubuntu:22.04

ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential \
      gcc-multilib \
      cmake ninja-build git ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

# MinIO client to push artifacts
RUN case "$(dpkg --print-architecture)" in \
      amd64)   mcArch=amd64 ;; \
      arm64)   mcArch=arm64 ;; \
      ppc64el) mcArch=ppc64le ;; \
      *) echo "mc: unsupported arch" >&2; exit 1 ;; \
    esac \
 && curl -fsSLo /usr/local/bin/mc "https://dl.min.io/client/mc/release/linux-${mcArch}/mc" \
 && chmod +x /usr/local/bin/mc

WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_FLAGS="-O3 -march=x86-64-v2" \
 && cmake --build build \
 && ctest --test-dir build --output-on-failure

CMD ["bash"]
