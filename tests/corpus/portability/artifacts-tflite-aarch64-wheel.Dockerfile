# corpus: modelled-on=edge-ML images copying and installing an aarch64 wheel
# corpus: expect=AL303@7,AL302@8
FROM python:3.11
RUN pip install --no-cache-dir numpy scipy
ENV OPENBLAS_CORETYPE=HASWELL
RUN pip install tensorflow-cpu==2.15.0
COPY wheels/tflite_runtime-2.14.0-cp311-cp311-manylinux_2_34_aarch64.whl /tmp/
RUN pip install /tmp/tflite_runtime-2.14.0-cp311-cp311-manylinux_2_34_aarch64.whl
