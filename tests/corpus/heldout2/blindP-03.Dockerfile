# corpus: modelled-on=speech/ASR serving images on nvidia/cuda runtime installing torch from download.pytorch.org/whl/cuXXX (many public Dockerfiles, e.g. 'Dockerfile - for CUDA 12.4 + PyTorch')
# corpus: expect=
FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu22.04

ENV DEBIAN_FRONTEND=noninteractive \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

RUN apt-get update && apt-get install -y --no-install-recommends \
        python3.10 python3.10-venv python3-pip git ffmpeg libsndfile1 \
    && rm -rf /var/lib/apt/lists/*

RUN python3 -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

# TORCH_CUDA_ARCH_LIST lists GPU SM versions, it says nothing about the host CPU
ENV TORCH_CUDA_ARCH_LIST="8.0;8.6;8.9;9.0+PTX"
RUN pip install --upgrade pip setuptools wheel && \
    pip install torch==2.7.0 torchaudio==2.7.0 --index-url https://download.pytorch.org/whl/cu128

WORKDIR /srv/asr
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY src/ ./src/

ENV LD_LIBRARY_PATH=/usr/local/cuda/lib64:/usr/local/nvidia/lib64
RUN useradd -m -u 1000 app
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"
CMD ["python", "-m", "src.server", "--port", "8080"]
