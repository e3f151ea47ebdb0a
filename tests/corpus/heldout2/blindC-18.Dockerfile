# corpus: modelled-on=TensorFlow CPU wheel pinned from storage.googleapis.com/tensorflow + CFLAGS-tuned source build of hnswlib
# corpus: expect=AL301@14,AL302@15,AL402@19
FROM python:3.11-slim-bookworm

ENV PIP_NO_CACHE_DIR=1 \
    TF_CPP_MIN_LOG_LEVEL=2 \
    TF_ENABLE_ONEDNN_OPTS=1

RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl \
 && rm -rf /var/lib/apt/lists/*

ARG TF_VERSION=2.16.1
WORKDIR /tmp/wheels
RUN curl -fsSLO https://storage.googleapis.com/tensorflow/versions/${TF_VERSION}/tensorflow_cpu-${TF_VERSION}-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl \
 && pip install ./tensorflow_cpu-${TF_VERSION}-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl \
 && rm -f ./*.whl

# hnswlib from source, tuned for the serving fleet
RUN CFLAGS="-O3 -mavx2 -mfma" CXXFLAGS="-O3 -mavx2 -mfma" \
    pip install --no-binary hnswlib hnswlib==0.8.0

WORKDIR /srv/model
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY saved_model/ ./saved_model/
COPY serve.py .
EXPOSE 8501
CMD ["python", "serve.py", "--model-dir", "/srv/model/saved_model"]
