# corpus: modelled-on=NVIDIA cuda-keyring install docs (repos/ubuntu2204/<x86_64|sbsa>/cuda-keyring_1.1-1_all.deb) + onnxruntime-gpu guarded to amd64
# corpus: expect=
FROM ubuntu:22.04

ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl python3 python3-pip \
 && rm -rf /var/lib/apt/lists/*

# NVIDIA repo dirs: x86_64 for amd64, sbsa for arm64 servers; the keyring itself is an _all package
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) nv_dir=x86_64 ;; \
      arm64) nv_dir=sbsa ;; \
      *) echo "no CUDA repo for $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    curl -fsSLO "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${nv_dir}/cuda-keyring_1.1-1_all.deb"; \
    dpkg -i cuda-keyring_1.1-1_all.deb; \
    rm cuda-keyring_1.1-1_all.deb; \
    apt-get update; \
    apt-get install -y --no-install-recommends cuda-cudart-12-4 libcublas-12-4; \
    rm -rf /var/lib/apt/lists/*

# onnxruntime-gpu wheels on PyPI are x86_64-only; arm64 falls back to the CPU build
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        pip3 install --no-cache-dir onnxruntime-gpu==1.19.2; \
    else \
        pip3 install --no-cache-dir onnxruntime==1.19.2; \
    fi

WORKDIR /srv
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY app/ app/
CMD ["python3", "-m", "app.main"]
