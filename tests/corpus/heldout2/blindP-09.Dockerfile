# corpus: modelled-on=ONNX Runtime serving image choosing onnxruntime-gpu (x86_64-only wheels) vs CPU onnxruntime per TARGETARCH
# corpus: expect=
FROM python:3.11-slim-bookworm

ARG TARGETARCH
ARG ORT_VERSION=1.19.2

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 curl \
    && rm -rf /var/lib/apt/lists/*

# onnxruntime-gpu is only published for x86_64; arm64 nodes run the CPU build
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        pip install --no-cache-dir \
          https://files.pythonhosted.org/packages/cp311/o/onnxruntime-gpu/onnxruntime_gpu-${ORT_VERSION}-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl; \
    else \
        pip install --no-cache-dir "onnxruntime==${ORT_VERSION}"; \
    fi

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

RUN useradd --system --uid 10001 ort
USER ort
EXPOSE 8001
HEALTHCHECK --interval=20s CMD curl -fs http://localhost:8001/v2/health/ready || exit 1
CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8001", "serve:app"]
