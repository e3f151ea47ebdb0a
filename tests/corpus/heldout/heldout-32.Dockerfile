# corpus: modelled-on=wordslab-org/wordslab doc/infra/containers/nvidia-cuda-base-install.sh (NVARCH from TARGETARCH, nvidia/cuda base Dockerfile)
# corpus: expect=
FROM ubuntu:22.04 AS base
ARG TARGETARCH
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility

RUN set -eux; \
    case "${TARGETARCH}" in \
        amd64) NVARCH=x86_64 ;; \
        arm64) NVARCH=sbsa ;; \
        *) echo >&2 "unsupported TARGETARCH ${TARGETARCH}"; exit 1 ;; \
    esac; \
    apt-get update; \
    apt-get install -y --no-install-recommends gnupg2 curl ca-certificates; \
    curl -fsSLO "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/${NVARCH}/cuda-keyring_1.1-1_all.deb"; \
    dpkg -i cuda-keyring_1.1-1_all.deb; \
    rm cuda-keyring_1.1-1_all.deb; \
    apt-get update; \
    apt-get install -y --no-install-recommends cuda-cudart-12-4 cuda-compat-12-4; \
    rm -rf /var/lib/apt/lists/*

ENV PATH=/usr/local/nvidia/bin:/usr/local/cuda/bin:${PATH}
ENV LD_LIBRARY_PATH=/usr/local/nvidia/lib:/usr/local/nvidia/lib64:/usr/local/cuda/lib64

FROM base AS app
WORKDIR /app
COPY app/ /app/
CMD ["/app/run.sh"]
