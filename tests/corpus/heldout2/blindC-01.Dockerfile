# corpus: modelled-on=micromamba static-binary install (micro.mamba.pm/api/micromamba/linux-64/latest) + tcmalloc LD_PRELOAD seen in SD/ML inference images
# corpus: expect=AL301@15,AL403@23
# Inference worker: micromamba env + tcmalloc for lower RSS
FROM debian:bookworm-slim

ENV MAMBA_ROOT_PREFIX=/opt/conda \
    PATH=/opt/conda/bin:$PATH \
    DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl bzip2 libgoogle-perftools4 libgl1 \
    && rm -rf /var/lib/apt/lists/*

# grab a static micromamba binary
RUN curl -fsSL https://micro.mamba.pm/api/micromamba/linux-64/latest \
      | tar -xj -C /usr/local bin/micromamba \
    && micromamba --version

COPY environment.yml /tmp/environment.yml
RUN micromamba install -y -n base -f /tmp/environment.yml \
    && micromamba clean --all --yes

ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 \
    OMP_NUM_THREADS=4

WORKDIR /srv/worker
COPY --chown=1000:1000 src/ ./src/
USER 1000
CMD ["python", "-m", "src.worker", "--queue", "inference"]
