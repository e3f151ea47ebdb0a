# corpus: modelled-on=CI toolbox images declaring ARG TARGETARCH above FROM, then downloading kubectl/yq by arch
# corpus: expect=AL203@16,AL203@18
ARG TARGETARCH

FROM ubuntu:24.04 AS toolbox

ARG KUBECTL_VERSION=v1.30.2
ARG YQ_VERSION=v4.44.2
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git jq make openssh-client rsync \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /usr/local/bin/kubectl \
        "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/${TARGETARCH}/kubectl" \
    && curl -fsSLo /usr/local/bin/yq \
        "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH}" \
    && chmod +x /usr/local/bin/kubectl /usr/local/bin/yq

RUN useradd -m -u 1001 ci
USER ci
WORKDIR /workspace
CMD ["bash"]
