# corpus: modelled-on=playwright/dotnet image customisation (dotnet tool install PowerShell) instead of pwsh tarballs
# corpus: expect=
FROM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim

# PowerShell as a .NET global tool is architecture-neutral, unlike the
# powershell-7.x-linux-x64.tar.gz we downloaded before.
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    PATH="${PATH}:/root/.dotnet/tools"

RUN dotnet tool install --global PowerShell --version 7.4.6 \
    && dotnet tool install --global dotnet-ef --version 8.0.11 \
    && dotnet tool install --global dotnet-counters \
    && dotnet tool install --global dotnet-trace

RUN apt-get update \
    && apt-get install -y --no-install-recommends git jq unzip \
    && rm -rf /var/lib/apt/lists/*

COPY build/ /build/
WORKDIR /repo
ENTRYPOINT ["pwsh", "-NoProfile", "-File", "/build/build.ps1"]
