# corpus: modelled-on=NVIDIA Jetson/L4T images (nvcr.io/nvidia/l4t-base, mskbuilds/VLA-playground, l4t-ml onnxruntime wheel) - arm64-only by design
# corpus: expect=
# corpus: platforms=linux/arm64
FROM nvcr.io/nvidia/l4t-base:r36.2.0

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        python3-pip python3-dev libopenblas-dev libjpeg-dev wget \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp
# JetPack 6 PyTorch wheel from NVIDIA; aarch64 matches the only platform this image targets
RUN wget -q https://developer.download.nvidia.com/compute/redist/jp/v60/pytorch/torch-2.3.0a0+6ddf5cf85e.nv24.04-cp310-cp310-linux_aarch64.whl \
 && pip3 install --no-cache-dir ./torch-2.3.0a0+6ddf5cf85e.nv24.04-cp310-cp310-linux_aarch64.whl \
 && rm -f ./*.whl

ENV LD_LIBRARY_PATH=/usr/lib/aarch64-linux-gnu/tegra:/usr/local/cuda/lib64
# Orin is SM 8.7
ENV TORCH_CUDA_ARCH_LIST="8.7"

WORKDIR /opt/detector
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python3", "detect.py", "--source", "csi://0"]
