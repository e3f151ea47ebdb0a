# corpus: modelled-on=nvidia-container-toolkit installation from nvidia.github.io/libnvidia-container (aidockorg python-cuda, Bit0r cuda-docker) with an ARG TARGETARCH=amd64 default
# corpus: expect=AL207@4
FROM ubuntu:22.04 AS ctk
ARG TARGETARCH=amd64
ARG NVIDIA_CTK_VERSION=1.16.2-1
ARG YQ_VERSION=v4.44.3

RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg ca-certificates \
 && curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey \
      | gpg --dearmor -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg \
 && curl -fsSL https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list \
      | sed 's#deb https://#deb [signed-by=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg] https://#g' \
      > /etc/apt/sources.list.d/nvidia-container-toolkit.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends nvidia-container-toolkit-base=${NVIDIA_CTK_VERSION} \
 && rm -rf /var/lib/apt/lists/*

# yq is used by the entrypoint to patch /etc/containerd/config.toml on the node
RUN curl -fsSL -o /usr/local/bin/yq \
      https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH} \
 && chmod +x /usr/local/bin/yq

COPY entrypoint.sh /usr/local/bin/entrypoint.sh
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["nvidia-ctk", "runtime", "configure", "--runtime=containerd"]
