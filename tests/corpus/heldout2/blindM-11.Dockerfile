# corpus: modelled-on=install_pwsh.sh (powershell-*-linux-x64.tar.gz) + azure-powershell devcontainer with bicep-linux-x64
# corpus: expect=AL301@16,AL301@23
FROM mcr.microsoft.com/dotnet/runtime:8.0-bookworm-slim

ARG PS_VERSION=7.4.6
ARG BICEP_VERSION=0.31.92
ENV PS_INSTALL_FOLDER=/opt/microsoft/powershell/7

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates less libicu72 \
    && rm -rf /var/lib/apt/lists/*

# PowerShell from the GitHub release tarball
RUN mkdir -p "$PS_INSTALL_FOLDER" \
    && curl -fsSL -o /tmp/pwsh.tar.gz \
       "https://github.com/PowerShell/PowerShell/releases/download/v${PS_VERSION}/powershell-${PS_VERSION}-linux-x64.tar.gz" \
    && tar -xzf /tmp/pwsh.tar.gz -C "$PS_INSTALL_FOLDER" \
    && chmod +x "$PS_INSTALL_FOLDER/pwsh" \
    && ln -s "$PS_INSTALL_FOLDER/pwsh" /usr/bin/pwsh \
    && rm /tmp/pwsh.tar.gz

# Bicep CLI for the deployment scripts
RUN curl -fsSLo /usr/local/bin/bicep https://github.com/Azure/bicep/releases/download/v${BICEP_VERSION}/bicep-linux-x64 \
    && chmod +x /usr/local/bin/bicep

COPY scripts/ /scripts/
WORKDIR /scripts
ENTRYPOINT ["pwsh", "-NoLogo", "-File", "/scripts/deploy.ps1"]
