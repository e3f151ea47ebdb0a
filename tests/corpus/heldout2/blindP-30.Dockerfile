# corpus: modelled-on=TensorRT GA tarball installs (mmdeploy TensorRT-*.Linux.x86_64-gnu tarball) made arch-aware with a uname -m case
# corpus: expect=
FROM nvidia/cuda:12.6.3-cudnn-runtime-ubuntu22.04

ARG TRT_VERSION=10.6.0.26
ARG TRT_CUDA=12.6
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends curl python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*

# TensorRT tarballs exist as Linux.x86_64-gnu and Linux.aarch64-gnu (SBSA)
RUN set -e; \
    case "$(uname -m)" in \
      x86_64)  trt_arch=x86_64 ;; \
      aarch64) trt_arch=aarch64 ;; \
      *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/trt.tar.gz \
      "https://developer.nvidia.com/downloads/compute/machine-learning/tensorrt/10.6.0/tars/TensorRT-${TRT_VERSION}.Linux.${trt_arch}-gnu.cuda-${TRT_CUDA}.tar.gz"; \
    mkdir -p /opt/tensorrt; \
    tar -xzf /tmp/trt.tar.gz -C /opt/tensorrt --strip-components=1; \
    rm /tmp/trt.tar.gz; \
    pip3 install --no-cache-dir /opt/tensorrt/python/tensorrt-${TRT_VERSION%.*}-cp310-none-linux_${trt_arch}.whl

ENV LD_LIBRARY_PATH=/opt/tensorrt/lib:/usr/local/cuda/lib64 \
    PATH=/opt/tensorrt/bin:${PATH}

WORKDIR /opt/app
COPY convert.py .
ENTRYPOINT ["python3", "convert.py"]
