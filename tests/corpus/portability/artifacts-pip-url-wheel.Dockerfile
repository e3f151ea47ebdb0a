# corpus: modelled-on=PyTorch CUDA wheels pinned by URL
# corpus: expect=AL301@5,AL302@5
FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04
RUN apt-get update && apt-get install -y python3-pip
RUN pip3 install https://download.pytorch.org/whl/cu121/torch-2.3.1%2Bcu121-cp310-cp310-linux_x86_64.whl
