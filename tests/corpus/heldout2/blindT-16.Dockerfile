# corpus: modelled-on=NVIDIA HPC SDK container install (nvhpc_*_Linux_x86_64 tarball) on an nvidia/cuda devel base
# corpus: expect=AL301@15,AL403@21
FROM nvidia/cuda:12.6.3-devel-ubuntu24.04

ENV DEBIAN_FRONTEND=noninteractive
ARG NVHPC_YEAR=2025
ARG NVHPC_VER=25.7

RUN apt-get update && apt-get install -y --no-install-recommends \
        wget ca-certificates environment-modules gfortran \
    && rm -rf /var/lib/apt/lists/*

# NVIDIA HPC SDK (nvfortran, nvc++, bundled OpenMPI/UCX)
RUN cd /tmp \
    && wget -q https://developer.download.nvidia.com/hpc-sdk/${NVHPC_VER}/nvhpc_${NVHPC_YEAR}_257_Linux_x86_64_cuda_12.9.tar.gz \
    && tar xpzf nvhpc_*.tar.gz \
    && NVHPC_SILENT=true NVHPC_INSTALL_DIR=/opt/nvidia/hpc_sdk NVHPC_INSTALL_TYPE=single \
       ./nvhpc_${NVHPC_YEAR}_257_Linux_x86_64_cuda_12.9/install \
    && rm -rf /tmp/nvhpc_*

ENV NVHPC_ROOT=/opt/nvidia/hpc_sdk/Linux_x86_64/25.7
ENV PATH=${NVHPC_ROOT}/compilers/bin:${NVHPC_ROOT}/comm_libs/mpi/bin:$PATH
ENV LD_LIBRARY_PATH=${NVHPC_ROOT}/compilers/lib:${NVHPC_ROOT}/comm_libs/mpi/lib

COPY solver/ /src/solver/
WORKDIR /src/solver
RUN make NVFORTRAN_FLAGS="-fast -acc -gpu=cc80,cc90 -Minfo=accel"
CMD ["./bin/lbm3d"]
