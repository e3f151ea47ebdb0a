# corpus: modelled-on=CUDA-install shell scripts that pick ubuntu2204/sbsa vs ubuntu2204/x86_64 keyring by architecture (public 'Install CUDA' scripts), as a Dockerfile with dpkg --print-architecture
# corpus: expect=
FROM ubuntu:22.04

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates wget build-essential \
 && rm -rf /var/lib/apt/lists/*

# cuda-keyring is an _all package, only the repo directory differs per arch
RUN arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) keyring_url=https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb ;; \
      arm64) keyring_url=https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/sbsa/cuda-keyring_1.1-1_all.deb ;; \
      *) echo "no CUDA repo for $arch" >&2; exit 1 ;; \
    esac; \
    wget -qO /tmp/cuda-keyring.deb "$keyring_url" \
 && dpkg -i /tmp/cuda-keyring.deb && rm /tmp/cuda-keyring.deb \
 && apt-get update \
 && apt-get install -y --no-install-recommends cuda-nvcc-12-6 cuda-cudart-dev-12-6 libcublas-dev-12-6 \
 && rm -rf /var/lib/apt/lists/*

ENV PATH=/usr/local/cuda/bin:${PATH}
ENV LD_LIBRARY_PATH=/usr/local/cuda/lib64

WORKDIR /src
COPY gemm_bench.cu .
# -gencode selects GPU architectures (sm_80/sm_90), not the CPU
RUN nvcc -O3 -gencode arch=compute_80,code=sm_80 -gencode arch=compute_90,code=sm_90 \
        -o /usr/local/bin/gemm-bench gemm_bench.cu -lcublas

ENTRYPOINT ["/usr/local/bin/gemm-bench"]
