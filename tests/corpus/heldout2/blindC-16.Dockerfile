# corpus: modelled-on=astral-sh uv docs (COPY --from=ghcr.io/astral-sh/uv, --target vendoring) + baicenxiao/pytorch_onnx_cxx (onnxruntime-linux-x64 tgz)
# corpus: expect=AL205@11,AL301@21
FROM python:3.12-slim-bookworm AS deps
COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/
WORKDIR /build
COPY requirements.lock .
# wheels only, vendored into /opt/deps so the runtime stays compiler-free
RUN uv pip install \
      --no-cache \
      --only-binary :all: \
      --python-platform x86_64-manylinux_2_28 \
      --python-version 3.12 \
      --target /opt/deps \
      -r requirements.lock

FROM python:3.12-slim-bookworm
ARG ORT_VERSION=1.19.2
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libgomp1 \
 && rm -rf /var/lib/apt/lists/*
# native ORT runtime for the C++ tokenizer extension
RUN curl -fsSL https://github.com/microsoft/onnxruntime/releases/download/v${ORT_VERSION}/onnxruntime-linux-x64-${ORT_VERSION}.tgz \
      | tar -xz -C /opt \
 && ln -s /opt/onnxruntime-linux-x64-${ORT_VERSION} /opt/onnxruntime
ENV LD_LIBRARY_PATH=/opt/onnxruntime/lib \
    PYTHONPATH=/opt/deps
COPY --from=deps /opt/deps /opt/deps
COPY app/ /srv/app/
WORKDIR /srv
CMD ["python", "-m", "app.server"]
