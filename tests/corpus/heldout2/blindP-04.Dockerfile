# corpus: modelled-on=devcontainer / setup scripts that add the CUDA repo via .../repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb (sagarsrc/quantization setup.sh, devcontainers base:noble example)
# corpus: expect=AL301@9,AL403@23
FROM mcr.microsoft.com/devcontainers/base:jammy

ARG CUDA_PKG=12-4
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates \
 && wget -q https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb -O /tmp/cuda-keyring.deb \
 && dpkg -i /tmp/cuda-keyring.deb \
 && rm /tmp/cuda-keyring.deb \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
        cuda-nvcc-${CUDA_PKG} \
        cuda-cudart-dev-${CUDA_PKG} \
        libcublas-dev-${CUDA_PKG} \
        cudnn9-cuda-12 \
        build-essential git cmake ninja-build python3-dev python3-pip \
 && apt-get clean && rm -rf /var/lib/apt/lists/*

ENV CUDA_HOME=/usr/local/cuda
ENV PATH=${CUDA_HOME}/bin:${PATH}
ENV LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/lib/x86_64-linux-gnu

RUN pip3 install --no-cache-dir pre-commit ruff pytest
USER vscode
WORKDIR /workspaces
