# corpus: modelled-on=qnib/uplain-cuda8-nvml (wget .../repos/ubuntu1604/x86_64/..._amd64.deb && dpkg -i) applied to NCCL, plus nccl-tests build
# corpus: expect=AL301@11,AL301@12,AL302@13,AL403@18
FROM nvidia/cuda:12.4.1-devel-ubuntu22.04

ARG NCCL=2.21.5-1+cuda12.4
ENV DEBIAN_FRONTEND=noninteractive
WORKDIR /tmp/nccl

# pin NCCL exactly; the apt pin kept drifting with the base image
RUN apt-get update && apt-get install -y --no-install-recommends wget git openmpi-bin libopenmpi-dev && \
    wget -q https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/libnccl2_${NCCL}_amd64.deb && \
    wget -q https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/libnccl-dev_${NCCL}_amd64.deb && \
    dpkg -i --force-overwrite libnccl2_${NCCL}_amd64.deb libnccl-dev_${NCCL}_amd64.deb && \
    rm -f ./*.deb && rm -rf /var/lib/apt/lists/*

RUN git clone --depth 1 https://github.com/NVIDIA/nccl-tests.git /opt/nccl-tests && \
    make -C /opt/nccl-tests -j"$(nproc)" MPI=1 \
        MPI_HOME=/usr/lib/x86_64-linux-gnu/openmpi \
        NVCC_GENCODE="-gencode=arch=compute_80,code=sm_80 -gencode=arch=compute_90,code=sm_90"

ENV PATH=/opt/nccl-tests/build:${PATH}
WORKDIR /opt/nccl-tests/build
CMD ["all_reduce_perf", "-b", "8", "-e", "2G", "-f", "2", "-g", "8"]
