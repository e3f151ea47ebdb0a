# corpus: modelled-on=wordslab-org/wordslab doc/infra/containers/nvidia-cuda-base-install.sh (copy of NVIDIA's base Dockerfile with NVARCH=x86_64)
# corpus: expect=AL209@3,AL301@14
FROM amd64/ubuntu:22.04

ENV NVARCH=x86_64
ENV NVIDIA_REQUIRE_CUDA="cuda>=12.2 brand=tesla,driver>=470,driver<471 brand=tesla,driver>=535,driver<536"
ENV NV_CUDA_CUDART_VERSION=12.2.140-1
ENV NV_CUDA_COMPAT_PACKAGE=cuda-compat-12-2

LABEL maintainer="infra@example.org"

RUN apt-get update && apt-get install -y --no-install-recommends \
        gnupg2 curl ca-certificates && \
    curl -fsSLO https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/cuda-keyring_1.1-1_all.deb && \
    dpkg -i cuda-keyring_1.1-1_all.deb && \
    apt-get purge --autoremove -y curl && \
    rm -rf /var/lib/apt/lists/*

ENV CUDA_VERSION=12.2.2

RUN apt-get update && apt-get install -y --no-install-recommends \
        cuda-cudart-12-2=${NV_CUDA_CUDART_VERSION} \
        ${NV_CUDA_COMPAT_PACKAGE} \
    && rm -rf /var/lib/apt/lists/*

# Required for nvidia-docker v1
RUN echo "/usr/local/nvidia/lib" >> /etc/ld.so.conf.d/nvidia.conf && \
    echo "/usr/local/nvidia/lib64" >> /etc/ld.so.conf.d/nvidia.conf

ENV PATH=/usr/local/nvidia/bin:/usr/local/cuda/bin:${PATH}
ENV LD_LIBRARY_PATH=/usr/local/nvidia/lib:/usr/local/nvidia/lib64
ENV NVIDIA_VISIBLE_DEVICES=all
ENV NVIDIA_DRIVER_CAPABILITIES=compute,utility
