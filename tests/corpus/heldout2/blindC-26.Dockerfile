# corpus: modelled-on=pytorch/pytorch + nvidia/cuda devel images building custom CUDA extension wheels (TORCH_CUDA_ARCH_LIST, --no-build-isolation)
# corpus: expect=AL207@5,AL402@16
ARG CUDA_TAG=12.4.1-cudnn-devel-ubuntu22.04
FROM nvidia/cuda:${CUDA_TAG} AS builder
ARG TARGETPLATFORM=linux/amd64
ENV DEBIAN_FRONTEND=noninteractive \
    TORCH_CUDA_ARCH_LIST="8.0;8.6;8.9;9.0" \
    MAX_JOBS=8
RUN apt-get update && apt-get install -y --no-install-recommends python3-dev python3-pip git ninja-build \
 && rm -rf /var/lib/apt/lists/*
RUN echo "building kernels for ${TARGETPLATFORM}" \
 && pip3 install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu124
WORKDIR /src
COPY csrc/ csrc/
COPY setup.py pyproject.toml ./
RUN CXXFLAGS="-O3 -mavx512f -mavx512bw" \
    pip3 wheel --no-build-isolation --no-deps -w /wheels .

FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
 && rm -rf /var/lib/apt/lists/*
RUN pip3 install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu124
COPY --from=builder /wheels /wheels
RUN pip3 install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY serve/ /opt/serve/
WORKDIR /opt/serve
CMD ["python3", "-m", "serve", "--port", "9000"]
