# corpus: modelled-on=NVIDIA/nccl-tests build images: CUDA apt repo added with NVARCH from uname -m (aarch64 -> sbsa), MPI path via $(uname -m)-linux-gnu
# corpus: expect=
FROM ubuntu:22.04

SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
ARG NCCL_VERSION=2.21.5-1+cuda12.4
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        curl gnupg ca-certificates openmpi-bin libopenmpi-dev build-essential git \
    && rm -rf /var/lib/apt/lists/*

# x86_64 keeps its name, aarch64 servers (Grace/GH200) use the sbsa tree
RUN NVARCH="$(uname -m | sed -e 's/aarch64/sbsa/')" \
 && curl -fsSL "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/3bf863cc.pub" \
      | gpg --dearmor -o /usr/share/keyrings/cuda-archive-keyring.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/cuda-archive-keyring.gpg] https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH} /" \
      > /etc/apt/sources.list.d/cuda.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends cuda-nvcc-12-4 cuda-cudart-dev-12-4 \
        libnccl2=${NCCL_VERSION} libnccl-dev=${NCCL_VERSION} \
 && rm -rf /var/lib/apt/lists/*

ENV PATH=/usr/local/cuda/bin:${PATH} \
    LD_LIBRARY_PATH=/usr/local/cuda/lib64

RUN git clone --depth 1 https://github.com/NVIDIA/nccl-tests.git /opt/nccl-tests \
 && make -C /opt/nccl-tests MPI=1 MPI_HOME="/usr/lib/$(uname -m)-linux-gnu/openmpi" \
        CUDA_HOME=/usr/local/cuda NVCC_GENCODE="-gencode=arch=compute_90,code=sm_90"

WORKDIR /opt/nccl-tests/build
CMD ["./all_reduce_perf", "-b", "8", "-e", "1G", "-f", "2", "-g", "1"]
