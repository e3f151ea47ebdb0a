# corpus: modelled-on=CUDA keyring setup in ML images
# corpus: expect=AL301@5
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y aria2 \
 && aria2c -d /tmp https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb \
 && dpkg -i /tmp/cuda-keyring_1.1-1_all.deb
