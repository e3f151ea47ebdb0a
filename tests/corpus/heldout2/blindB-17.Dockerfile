# corpus: modelled-on=NVIDIA cuda-keyring install docs (repos/<distro>/x86_64 vs repos/<distro>/sbsa), multi-arch CUDA dev base
# corpus: expect=
FROM ubuntu:24.04

ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive

# cuda-keyring is an _all package; only the repo directory differs per arch
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) cuda_repo_arch=x86_64 ;; \
      arm64) cuda_repo_arch=sbsa ;; \
      *) echo "no CUDA repo for $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    curl -fsSLO "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2404/${cuda_repo_arch}/cuda-keyring_1.1-1_all.deb"; \
    dpkg -i cuda-keyring_1.1-1_all.deb; \
    rm cuda-keyring_1.1-1_all.deb; \
    apt-get update; \
    apt-get install -y --no-install-recommends cuda-toolkit-12-6; \
    rm -rf /var/lib/apt/lists/*

ENV PATH=/usr/local/cuda/bin:${PATH} \
    LD_LIBRARY_PATH=/usr/local/cuda/lib64
# libcuda.so itself is injected by the NVIDIA container toolkit at run time
RUN echo "/usr/local/cuda/lib64" > /etc/ld.so.conf.d/cuda.conf && ldconfig
WORKDIR /workspace
CMD ["nvcc", "--version"]
