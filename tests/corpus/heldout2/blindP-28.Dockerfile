# corpus: modelled-on=vllm-project/vllm Dockerfile build stage (sccache download in the builder, TORCH_CUDA_ARCH_LIST, MAX_JOBS) + rin2401/pip flash-attn release wheel install
# corpus: expect=AL202@5,AL301@16,AL301@26,AL302@26
# syntax=docker/dockerfile:1.7
ARG CUDA_VERSION=12.4.1
FROM --platform=$TARGETPLATFORM nvidia/cuda:${CUDA_VERSION}-devel-ubuntu22.04 AS build
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-pip python3-dev git curl ccache \
    && rm -rf /var/lib/apt/lists/*

# GPU targets only: Ampere, Ada, Hopper
ENV TORCH_CUDA_ARCH_LIST="8.0 8.9 9.0+PTX" MAX_JOBS=8 NVCC_THREADS=2

RUN <<EOF
set -eux
curl -fsSL -o /tmp/sccache.tar.gz https://github.com/mozilla/sccache/releases/download/v0.8.1/sccache-v0.8.1-x86_64-unknown-linux-musl.tar.gz
tar -xzf /tmp/sccache.tar.gz -C /tmp
install -m 0755 /tmp/sccache-v0.8.1-x86_64-unknown-linux-musl/sccache /usr/local/bin/sccache
rm -rf /tmp/sccache*
EOF
ENV SCCACHE_BUCKET=ml-build-cache SCCACHE_REGION=us-east-1 CMAKE_CUDA_COMPILER_LAUNCHER=sccache

WORKDIR /workspace
COPY requirements-build.txt requirements-cuda.txt ./
RUN pip3 install --no-cache-dir -r requirements-build.txt -r requirements-cuda.txt
RUN pip3 install --no-build-isolation https://github.com/Dao-AILab/flash-attention/releases/download/v2.6.3/flash_attn-2.6.3+cu123torch2.4cxx11abiFALSE-cp310-cp310-linux_x86_64.whl
COPY . .
RUN python3 setup.py bdist_wheel --dist-dir=/workspace/dist

FROM nvidia/cuda:${CUDA_VERSION}-runtime-ubuntu22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /workspace/dist /tmp/dist
RUN pip3 install --no-cache-dir /tmp/dist/*.whl && rm -rf /tmp/dist
ENTRYPOINT ["python3", "-m", "vllm.entrypoints.openai.api_server"]
