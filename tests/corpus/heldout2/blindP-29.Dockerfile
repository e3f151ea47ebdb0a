# corpus: modelled-on=public 'Multi-arch Dockerfile for vLLM' (amd64 = upstream vllm/vllm-openai image, arm64 = NGC PyTorch build), final stage chosen with FROM base-${TARGETARCH}
# corpus: expect=
# linux/amd64 -> upstream vLLM image (x86_64 CUDA wheels)
# linux/arm64 -> NGC PyTorch (sbsa) + vLLM built from source, e.g. for GH200
ARG TARGETARCH
ARG VLLM_VERSION=0.6.3

FROM vllm/vllm-openai:v${VLLM_VERSION} AS base-amd64

FROM nvcr.io/nvidia/pytorch:24.10-py3 AS base-arm64
ARG VLLM_VERSION
ENV MAX_JOBS=16 TORCH_CUDA_ARCH_LIST="9.0"
RUN git clone --depth 1 --branch v${VLLM_VERSION} https://github.com/vllm-project/vllm.git /opt/vllm \
 && cd /opt/vllm \
 && python3 use_existing_torch.py \
 && pip install --no-cache-dir -r requirements-build.txt \
 && pip install --no-cache-dir --no-build-isolation -e .

FROM base-${TARGETARCH} AS final
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
ENV VLLM_WORKER_MULTIPROC_METHOD=spawn \
    HF_HOME=/models/.cache
VOLUME ["/models"]
EXPOSE 8000
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
