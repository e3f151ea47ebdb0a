# corpus: modelled-on=LD_LIBRARY_PATH listing both triplets' OpenBLAS dirs
# corpus: expect=
FROM ubuntu:22.04 AS base
RUN apt-get update && apt-get install -y libopenblas-dev liblapack-dev
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread:/usr/lib/aarch64-linux-gnu/openblas-pthread
FROM base
COPY app /usr/local/bin/app
