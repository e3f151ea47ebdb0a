# corpus: modelled-on=intel/ai-reference-models oneAPI partials + kota-okayama/cpy install_mkl.sh, guarded so arm64 uses OpenBLAS; per-arch -march inside a TARGETARCH case
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential cmake curl gpg ca-certificates libgomp1 \
    && rm -rf /var/lib/apt/lists/*

# oneMKL only exists for x86_64 - arm64 builds link OpenBLAS instead
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSL https://apt.repos.intel.com/intel-gpg-keys/GPG-PUB-KEY-INTEL-SW-PRODUCTS.PUB \
        | gpg --dearmor -o /usr/share/keyrings/oneapi-archive-keyring.gpg && \
      echo "deb [signed-by=/usr/share/keyrings/oneapi-archive-keyring.gpg] https://apt.repos.intel.com/oneapi all main" \
        > /etc/apt/sources.list.d/oneAPI.list && \
      apt-get update && apt-get install -y --no-install-recommends intel-oneapi-mkl-devel; \
    else \
      apt-get update && apt-get install -y --no-install-recommends libopenblas-dev; \
    fi \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) export CXXFLAGS="-O3 -march=x86-64-v3" BLAS=mkl ;; \
      arm64) export CXXFLAGS="-O3 -march=armv8.2-a+fp16" BLAS=openblas ;; \
    esac \
 && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBLAS_VENDOR=${BLAS} \
 && cmake --build build -j"$(nproc)" \
 && cmake --install build --prefix /opt/embedder

ENV PATH=/opt/embedder/bin:${PATH}
CMD ["embedder-server", "--port", "9000"]
