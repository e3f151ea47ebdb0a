# corpus: modelled-on=NVIDIA cuda base Dockerfile variant that maps TARGETARCH to NVARCH, but only declares ARG TARGETARCH globally
# corpus: expect=AL203@12
ARG TARGETARCH
ARG UBUNTU_RELEASE=22.04

FROM ubuntu:${UBUNTU_RELEASE} AS cuda-runtime
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*

# map the docker arch name to NVIDIA's repo directory
RUN case "${TARGETARCH}" in \
      amd64) NVARCH=x86_64 ;; \
      arm64) NVARCH=sbsa ;; \
    esac \
 && curl -fsSL -o /tmp/keyring.deb https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/cuda-keyring_1.1-1_all.deb \
 && dpkg -i /tmp/keyring.deb && rm /tmp/keyring.deb \
 && apt-get update \
 && apt-get install -y --no-install-recommends cuda-cudart-12-4 libcublas-12-4 libnccl2 \
 && rm -rf /var/lib/apt/lists/*

ENV PATH=/usr/local/cuda/bin:${PATH} \
    LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/local/nvidia/lib64 \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility
CMD ["bash"]
