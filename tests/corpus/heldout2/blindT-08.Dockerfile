# corpus: modelled-on=Intel oneAPI apt repo install scripts (intel-oneapi-mkl) guarded to amd64, OpenBLAS elsewhere
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl gnupg build-essential gfortran cmake \
    && rm -rf /var/lib/apt/lists/*

# oneMKL is x86_64-only; arm64 builds fall back to OpenBLAS
RUN set -eux; \
    if [ "$TARGETARCH" = "amd64" ]; then \
        curl -fsSL https://apt.repos.intel.com/intel-gpg-keys/GPG-PUB-KEY-INTEL-SW-PRODUCTS.PUB \
          | gpg --dearmor -o /usr/share/keyrings/oneapi-archive-keyring.gpg; \
        echo "deb [signed-by=/usr/share/keyrings/oneapi-archive-keyring.gpg] https://apt.repos.intel.com/oneapi all main" \
          > /etc/apt/sources.list.d/oneAPI.list; \
        apt-get update; \
        apt-get install -y --no-install-recommends intel-oneapi-mkl-devel; \
        echo "Intel10_64lp" > /etc/blas-vendor; \
    else \
        apt-get update; \
        apt-get install -y --no-install-recommends libopenblas-dev liblapack-dev; \
        echo "OpenBLAS" > /etc/blas-vendor; \
    fi; \
    rm -rf /var/lib/apt/lists/*

COPY . /src
WORKDIR /src
RUN cmake -S . -B build -DBLA_VENDOR="$(cat /etc/blas-vendor)" \
        -DCMAKE_PREFIX_PATH=/opt/intel/oneapi/mkl/latest \
    && cmake --build build -j"$(nproc)"
CMD ["/src/build/solver"]
