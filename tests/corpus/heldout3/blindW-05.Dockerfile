# corpus: modelled-on=devcontainers/features aws-cli install.sh (dpkg --print-architecture case) in a Dockerfile
# corpus: expect=
FROM mcr.microsoft.com/devcontainers/python:1-3.12-bookworm

ARG AWSCLI_VERSION=2.17.5
ARG SSM_PLUGIN_VERSION=1.2.633.0

# hadolint ignore=DL3008
RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get install -y --no-install-recommends unzip groff less \
    && rm -rf /var/lib/apt/lists/*

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN architecture="$(dpkg --print-architecture)"; \
    case "${architecture}" in \
        amd64) awscli_url="https://awscli.amazonaws.com/awscli-exe-linux-x86_64-${AWSCLI_VERSION}.zip"; \
               ssm_url="https://s3.amazonaws.com/session-manager-downloads/plugin/${SSM_PLUGIN_VERSION}/ubuntu_64bit/session-manager-plugin.deb" ;; \
        arm64) awscli_url="https://awscli.amazonaws.com/awscli-exe-linux-aarch64-${AWSCLI_VERSION}.zip"; \
               ssm_url="https://s3.amazonaws.com/session-manager-downloads/plugin/${SSM_PLUGIN_VERSION}/ubuntu_arm64/session-manager-plugin.deb" ;; \
        *) echo "(!) Architecture ${architecture} unsupported"; exit 1 ;; \
    esac; \
    curl -fsSL "${awscli_url}" -o /tmp/awscliv2.zip; \
    unzip -q /tmp/awscliv2.zip -d /tmp; \
    /tmp/aws/install; \
    curl -fsSL "${ssm_url}" -o /tmp/session-manager-plugin.deb; \
    dpkg -i /tmp/session-manager-plugin.deb; \
    rm -rf /tmp/aws /tmp/awscliv2.zip /tmp/session-manager-plugin.deb

USER vscode
RUN pip install --user --no-cache-dir cfn-lint aws-sam-cli
