# corpus: modelled-on=arm-first team (Graviton CI + M-series laptops) Python worker using an arch-namespaced base (cf. registry.ddbuild.io awscli aarch64 image, arm64v8 official-image namespace)
# corpus: expect=AL209@4,AL403@11,AL402@18
# Everything we run is on Graviton now, and it builds natively on our Macs.
FROM arm64v8/python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc g++ libgeos-dev libproj-dev libjemalloc2 \
 && rm -rf /var/lib/apt/lists/*

# jemalloc noticeably helps the pandas-heavy workers
ENV LD_PRELOAD=/usr/lib/aarch64-linux-gnu/libjemalloc.so.2 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /worker
COPY requirements.txt .
# Neoverse-N1 has the crypto extensions; mmh3/xxhash get a nice boost
RUN CFLAGS="-O3 -march=armv8.2-a+crypto" pip install --no-binary mmh3,xxhash -r requirements.txt

COPY worker/ ./worker/
RUN useradd -r -u 1001 worker
USER worker
CMD ["celery", "-A", "worker.app", "worker", "--loglevel=INFO", "--concurrency=4"]
