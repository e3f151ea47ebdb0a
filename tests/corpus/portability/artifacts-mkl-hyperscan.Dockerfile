# corpus: modelled-on=scientific images installing Intel MKL and Hyperscan
# corpus: expect=AL304@6,AL304@7
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends \
      python3-dev \
      intel-mkl \
      libhyperscan-dev \
 && rm -rf /var/lib/apt/lists/*
