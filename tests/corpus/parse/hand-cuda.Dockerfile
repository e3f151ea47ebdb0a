ARG CUDA_VERSION=12.3.2
ARG UBUNTU=22.04
FROM nvidia/cuda:${CUDA_VERSION}-cudnn9-devel-ubuntu${UBUNTU} as build
ENV TORCH_CUDA_ARCH_LIST="7.0 7.5 8.0 8.6 8.9 9.0+PTX"
RUN apt-get update && apt-get install -y --no-install-recommends python3-pip git && \
    rm -rf /var/lib/apt/lists/*
RUN pip3 install --no-cache-dir torch --index-url https://download.pytorch.org/whl/cu121
ENV LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/lib/x86_64-linux-gnu:$LD_LIBRARY_PATH
WORKDIR /workspace
COPY . .
RUN CFLAGS="-march=native -O3" pip3 install -e .
CMD ["python3", "-m", "server"]
