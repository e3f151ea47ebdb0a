# corpus: modelled-on=DevOps images using TARGETARCH for yq and a case for the AWS CLI
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
ARG YQ_VERSION=v4.40.5
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates jq \
 && curl -fsSL "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_linux_${TARGETARCH}" -o /usr/local/bin/yq \
 && chmod +x /usr/local/bin/yq \
 && case "${TARGETARCH}" in \
      amd64) AWS_ARCH=x86_64 ;; \
      arm64) AWS_ARCH=aarch64 ;; \
    esac \
 && curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-${AWS_ARCH}.zip" -o /tmp/awscliv2.zip \
 && rm -rf /var/lib/apt/lists/*
