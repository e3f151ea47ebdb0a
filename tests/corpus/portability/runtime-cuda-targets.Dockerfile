# corpus: modelled-on=CUDA include paths for x86_64 targets
# corpus: expect=AL403@4
FROM nvidia/cuda:12.4.1-devel-ubuntu22.04
ENV CPATH=/usr/local/cuda/targets/x86_64-linux/include:$CPATH
