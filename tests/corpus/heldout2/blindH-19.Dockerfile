# corpus: modelled-on=.devcontainer/Dockerfile on mcr.microsoft.com/devcontainers/base with AWS CLI + terraform chosen by dpkg arch
# corpus: expect=
FROM mcr.microsoft.com/devcontainers/base:bookworm

ARG TERRAFORM_VERSION=1.9.8
RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
 && apt-get install -y --no-install-recommends unzip jq postgresql-client python3-dev \
 && rm -rf /var/lib/apt/lists/*

# AWS names its zips x86_64/aarch64, HashiCorp uses amd64/arm64
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
      amd64) awscli_url="https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" ;; \
      arm64) awscli_url="https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip" ;; \
      *) echo "unsupported architecture: $arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "$awscli_url" -o /tmp/awscliv2.zip; \
    unzip -q /tmp/awscliv2.zip -d /tmp; \
    /tmp/aws/install; \
    curl -fsSL "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_${arch}.zip" -o /tmp/tf.zip; \
    unzip -q /tmp/tf.zip -d /usr/local/bin; \
    rm -rf /tmp/aws /tmp/awscliv2.zip /tmp/tf.zip

# i686 test builds of the C extension are only run on x86 hosts
RUN if [ "$(dpkg --print-architecture)" = "amd64" ]; then \
      apt-get update && apt-get install -y --no-install-recommends gcc-multilib \
      && rm -rf /var/lib/apt/lists/*; \
    fi

USER vscode
