# corpus: modelled-on=FastAPI/PyTorch GPU serving Dockerfiles pinned with FROM --platform=linux/amd64 (common for Mac-built images) plus an in-image C++ preprocessing op
# corpus: expect=AL201@3,AL402@18
FROM --platform=linux/amd64 nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        python3 python3-pip python3-dev g++ libgl1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir torch==2.2.2 torchvision==0.17.2 \
        --index-url https://download.pytorch.org/whl/cu121 \
 && pip3 install --no-cache-dir -r requirements.txt

# CPU-side resize/normalize kernel used before the batch goes to the GPU
COPY csrc/ ./csrc/
RUN g++ -O3 -march=native -fopenmp -shared -fPIC csrc/preproc.cpp -o /app/libpreproc.so

COPY app/ ./app/
ENV PREPROC_LIB=/app/libpreproc.so
EXPOSE 8000
CMD ["python3", "-m", "uvicorn", "app.main:api", "--host", "0.0.0.0", "--port", "8000"]
