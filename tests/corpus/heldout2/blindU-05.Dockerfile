# corpus: modelled-on=ML inference blog Dockerfiles that curl a prebuilt manylinux x86_64 wheel and pip install it, plus LD_LIBRARY_PATH tweaks
# corpus: expect=AL403@7,AL301@17,AL302@18
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LD_LIBRARY_PATH=/usr/local/lib:/usr/lib/x86_64-linux-gnu

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libgomp1 libsndfile1 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /srv

# The project only publishes Linux wheels on its GitHub releases page
ARG ONNXSPEECH_VERSION=0.9.3
RUN curl -fsSLO https://github.com/example-org/onnxspeech/releases/download/v${ONNXSPEECH_VERSION}/onnxspeech-${ONNXSPEECH_VERSION}-cp311-cp311-manylinux_2_28_x86_64.whl \
 && pip install --no-cache-dir ./onnxspeech-${ONNXSPEECH_VERSION}-cp311-cp311-manylinux_2_28_x86_64.whl \
 && rm -f onnxspeech-*.whl

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/

RUN useradd --create-home --uid 1000 worker
USER worker
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost:8080/healthz || exit 1
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
