# corpus: modelled-on=Python data-service image with defaults on automatic platform ARGs and tuned CFLAGS (cf. public "ARG PLATFORM=linux/amd64" node/prisma Dockerfiles)
# corpus: expect=AL207@6,AL207@7,AL402@14
FROM python:3.12-slim-bookworm

# Defaults so plain `docker build` (no buildx) on the Intel box behaves.
ARG TARGETPLATFORM=linux/amd64
ARG TARGETARCH=amd64

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev curl \
 && rm -rf /var/lib/apt/lists/*

# hnswlib / cython extensions are built from source; squeeze the CPU
ENV CFLAGS="-O3 -march=x86-64-v3" \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /srv
COPY requirements.txt .
RUN echo "building for ${TARGETPLATFORM} (${TARGETARCH})" \
 && pip install --no-binary hnswlib -r requirements.txt

COPY . .
RUN useradd -r -u 1000 svc && chown -R svc /srv
USER svc
EXPOSE 8000
CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "app.main:app"]
