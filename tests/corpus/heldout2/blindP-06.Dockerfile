# corpus: modelled-on=jihuacao/ProjectManager nvidia-DL-dev Dockerfile and huweiATgithub/deep installRT.sh (dpkg -i nv-tensorrt-local-repo-..._amd64.deb)
# corpus: expect=AL303@9,AL302@10
FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04

ENV DEBIAN_FRONTEND=noninteractive
WORKDIR /tmp/trt

# The local-repo package has to be fetched by hand from developer.nvidia.com (login wall)
COPY third_party/nv-tensorrt-local-repo-ubuntu2204-10.0.1-cuda-12.4_1.0-1_amd64.deb ./
RUN dpkg -i nv-tensorrt-local-repo-ubuntu2204-10.0.1-cuda-12.4_1.0-1_amd64.deb \
 && cp /var/nv-tensorrt-local-repo-ubuntu2204-10.0.1-cuda-12.4/*-keyring.gpg /usr/share/keyrings/ \
 && apt-get update \
 && apt-get install -y --no-install-recommends tensorrt python3-libnvinfer-dev python3-pip \
 && dpkg -r nv-tensorrt-local-repo-ubuntu2204-10.0.1-cuda-12.4 \
 && rm -rf /var/nv-tensorrt-local-repo-* /tmp/trt/*.deb /var/lib/apt/lists/*

WORKDIR /opt/engine-builder
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY tools/ ./tools/

ENV PATH=/usr/src/tensorrt/bin:${PATH}
ENTRYPOINT ["python3", "tools/build_engine.py"]
CMD ["--onnx", "/models/model.onnx", "--fp16"]
