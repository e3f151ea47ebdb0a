# corpus: modelled-on=gitlab.com/nvidia/container-images/cuda dist/12.x/ubuntu2204/base/Dockerfile (NVARCH + cuda-keyring), rewritten as one multi-arch file
# corpus: expect=
FROM ubuntu:22.04 AS base

ARG TARGETARCH
ENV NV_CUDA_CUDART_VERSION=12.4.127-1 \
    NV_CUDA_COMPAT_PACKAGE=cuda-compat-12-4 \
    CUDA_VERSION=12.4.1

LABEL maintainer="ml-platform@example.com"

# NVIDIA publishes the same repo under x86_64/ (amd64) and sbsa/ (arm64 servers)
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) NVARCH=x86_64 ;; \
      arm64) NVARCH=sbsa ;; \
      *) echo "unsupported arch: ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends gnupg2 curl ca-certificates; \
    curl -fsSLO "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/cuda-keyring_1.1-1_all.deb"; \
    dpkg -i cuda-keyring_1.1-1_all.deb; \
    rm -f cuda-keyring_1.1-1_all.deb; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        cuda-cudart-12-4=${NV_CUDA_CUDART_VERSION} \
        ${NV_CUDA_COMPAT_PACKAGE}; \
    rm -rf /var/lib/apt/lists/*

RUN echo "/usr/local/nvidia/lib" >> /etc/ld.so.conf.d/nvidia.conf \
 && echo "/usr/local/nvidia/lib64" >> /etc/ld.so.conf.d/nvidia.conf

ENV PATH=/usr/local/nvidia/bin:/usr/local/cuda/bin:${PATH} \
    LD_LIBRARY_PATH=/usr/local/nvidia/lib:/usr/local/nvidia/lib64 \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility

CMD ["bash"]
