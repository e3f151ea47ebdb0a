# corpus: modelled-on=Intel oneAPI apt repository (apt.repos.intel.com/oneapi, x86-only) added only when the image is amd64, OpenBLAS elsewhere
# corpus: expect=
FROM ubuntu:22.04
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gpg \
 && if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSL https://apt.repos.intel.com/intel-gpg-keys/GPG-PUB-KEY-INTEL-SW-PRODUCTS.PUB \
        | gpg --dearmor -o /usr/share/keyrings/oneapi-archive-keyring.gpg; \
      echo "deb [arch=amd64 signed-by=/usr/share/keyrings/oneapi-archive-keyring.gpg] https://apt.repos.intel.com/oneapi all main" \
        > /etc/apt/sources.list.d/oneAPI.list; \
      apt-get update && apt-get install -y --no-install-recommends intel-oneapi-compiler-dpcpp-cpp; \
    else \
      apt-get install -y --no-install-recommends libopenblas-dev gcc g++; \
    fi \
 && rm -rf /var/lib/apt/lists/*
