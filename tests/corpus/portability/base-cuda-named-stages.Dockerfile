# corpus: modelled-on=nvidia/container-images cuda base: base-amd64/base-arm64 stages picked by TARGETARCH
# corpus: expect=
FROM ubuntu:22.04 AS base-amd64
ENV NVARCH=x86_64
ENV NVIDIA_REQUIRE_CUDA="cuda>=12.2"

FROM ubuntu:22.04 AS base-arm64
ENV NVARCH=sbsa
ENV NVIDIA_REQUIRE_CUDA="cuda>=12.2"

FROM base-${TARGETARCH}
ARG TARGETARCH
RUN apt-get update && apt-get install -y --no-install-recommends gnupg2 curl ca-certificates \
 && curl -fsSLO https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/cuda-keyring_1.1-1_all.deb \
 && dpkg -i cuda-keyring_1.1-1_all.deb
