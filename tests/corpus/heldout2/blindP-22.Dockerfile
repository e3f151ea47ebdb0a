# corpus: modelled-on=embedding-model serving image that fetches weights with huggingface-cli on the build host, but also runs the final stage on $BUILDPLATFORM
# corpus: expect=AL208@11
# stage 1: fetch model weights on the build host (pure data, no emulation needed)
FROM --platform=$BUILDPLATFORM python:3.11-slim AS weights
RUN pip install --no-cache-dir "huggingface_hub[cli]==0.24.6"
ARG MODEL_ID=BAAI/bge-small-en-v1.5
RUN huggingface-cli download ${MODEL_ID} --local-dir /models/embedder \
        --exclude "*.bin" "*.h5" "*.msgpack"

# stage 2: serving image
FROM --platform=$BUILDPLATFORM python:3.11-slim
ENV PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --from=weights /models /models
COPY server.py .
RUN useradd -r -u 1001 svc
USER svc
EXPOSE 8080
HEALTHCHECK CMD curl -fs http://localhost:8080/health || exit 1
CMD ["python", "server.py", "--model-dir", "/models/embedder"]
