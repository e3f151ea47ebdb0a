# corpus: modelled-on=offline/air-gapped inference images that pre-download wheels with `pip download --platform manylinux... --only-binary=:all:` in a helper stage
# corpus: expect=AL205@9
# Stage 1: resolve every wheel once so the final image installs offline
FROM python:3.10-slim AS wheels
WORKDIR /w
COPY requirements-serving.txt .
RUN pip download \
        --only-binary=:all: \
        --platform manylinux_2_28_x86_64 \
        --python-version 3.10 \
        --extra-index-url https://download.pytorch.org/whl/cu124 \
        -d /w/dist \
        -r requirements-serving.txt

# Stage 2: runtime
FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04
ENV DEBIAN_FRONTEND=noninteractive PIP_NO_INDEX=1
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /w/dist /tmp/dist
COPY requirements-serving.txt /tmp/
RUN pip3 install --find-links=/tmp/dist -r /tmp/requirements-serving.txt \
    && rm -rf /tmp/dist
WORKDIR /app
COPY serve.py .
EXPOSE 8000
CMD ["python3", "serve.py"]
