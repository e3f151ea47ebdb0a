# corpus: modelled-on=leimao/ONNX-Runtime-Inference docker/onnxruntime-cuda-python.Dockerfile + l4t-ml onnxruntime wheel download pattern (wget a .whl then pip install it)
# corpus: expect=AL301@15,AL302@16
FROM nvidia/cuda:12.2.2-cudnn8-runtime-ubuntu22.04

ARG ORT_VERSION=1.17.1
ENV DEBIAN_FRONTEND=noninteractive \
    LC_ALL=C.UTF-8 LANG=C.UTF-8

RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-pip wget libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp/wheels
# pinned copy of the PyPI artifact so CI never resolves a newer CUDA build
RUN wget -q https://artifacts.example.internal/pypi/onnxruntime-gpu/onnxruntime_gpu-${ORT_VERSION}-cp310-cp310-manylinux_2_28_x86_64.whl \
 && pip3 install --no-cache-dir ./onnxruntime_gpu-${ORT_VERSION}-cp310-cp310-manylinux_2_28_x86_64.whl \
 && rm -f ./*.whl

WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY models/ /models/
COPY app/ ./app/

EXPOSE 7000
CMD ["python3", "-m", "app.serve", "--model", "/models/detector.onnx", "--provider", "CUDAExecutionProvider"]
