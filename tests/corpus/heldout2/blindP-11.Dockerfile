# corpus: modelled-on=chirvo/ai-docker-containers dockerfiles/base/10-rocm.dockerfile and tomrutsaert/rocm Dockerfile (amdgpu-install on plain ubuntu)
# corpus: expect=AL304@14
FROM ubuntu:22.04

ARG ROCM_VERSION=6.2
ARG AMDGPU_PKG=6.2.60200-1
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        wget ca-certificates gnupg python3 python3-pip python3-venv git \
    && rm -rf /var/lib/apt/lists/*

# the "graphics" usecase drags in 32-bit Mesa/Vulkan userspace
RUN dpkg --add-architecture i386 \
 && wget -q https://repo.radeon.com/amdgpu-install/${ROCM_VERSION}/ubuntu/jammy/amdgpu-install_${AMDGPU_PKG}_all.deb \
 && apt-get update \
 && apt-get install -y ./amdgpu-install_${AMDGPU_PKG}_all.deb \
 && amdgpu-install -y --no-dkms --usecase=graphics,rocm,hip,mllib \
 && rm -f amdgpu-install_*.deb \
 && rm -rf /var/lib/apt/lists/*

ENV PATH=/opt/rocm/bin:${PATH}
# RDNA3 consumer cards
ENV HSA_OVERRIDE_GFX_VERSION=11.0.0 \
    PYTORCH_ROCM_ARCH=gfx1100

RUN pip3 install --no-cache-dir torch torchvision --index-url https://download.pytorch.org/whl/rocm6.2
WORKDIR /workspace
CMD ["rocm-smi"]
