# corpus: modelled-on=devcontainer "use the amd64 version so the linux-x64 package works on M1" + azure-functions-core-tools zip install
# corpus: expect=AL201@5,AL301@19
# Azure Functions Core Tools only shipped linux-x64 when this was written
ARG VARIANT=8.0
FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/sdk:${VARIANT}

ARG FUNC_VERSION=4.0.6610
ARG FUNC_ARCH=x64

RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends curl unzip lsb-release gnupg libicu-dev \
    && rm -rf /var/lib/apt/lists/*

# Azure CLI (script detects the distro)
RUN curl -sL https://aka.ms/InstallAzureCLIDeb | bash

# --- Azure Functions Core Tools ---
RUN curl -fsSL -o /tmp/func.zip \
      "https://github.com/Azure/azure-functions-core-tools/releases/download/${FUNC_VERSION}/Azure.Functions.Cli.linux-${FUNC_ARCH}.${FUNC_VERSION}.zip" \
    && mkdir -p /opt/func \
    && unzip -q /tmp/func.zip -d /opt/func \
    && chmod +x /opt/func/func /opt/func/gozip \
    && ln -s /opt/func/func /usr/local/bin/func \
    && rm /tmp/func.zip

RUN groupadd -g 1000 vscode && useradd -u 1000 -g vscode -s /bin/bash -m vscode
USER vscode
WORKDIR /workspaces
