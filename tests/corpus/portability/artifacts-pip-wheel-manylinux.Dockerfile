# corpus: modelled-on=pip install of a vendored manylinux wheel
# corpus: expect=AL302@5
FROM python:3.11-slim
COPY wheels/ /wheels/
RUN pip install --no-cache-dir /wheels/onnxruntime_gpu-1.18.0-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl
