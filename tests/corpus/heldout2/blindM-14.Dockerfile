# corpus: modelled-on=python:3.11-slim-bookworm pwsh install with dpkg arch case / install-pwsh.sh (Shaun Wilson)
# corpus: expect=
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim

ARG PWSH_VERSION=7.4.6

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl less locales \
    && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
        amd64) pwsh_arch=x64; sha_hint="linux-x64" ;; \
        arm64) pwsh_arch=arm64; sha_hint="linux-arm64" ;; \
        *) echo "no PowerShell build for $arch" >&2; exit 1 ;; \
    esac; \
    echo "installing pwsh ($sha_hint)"; \
    mkdir -p /opt/microsoft/powershell/7; \
    curl -fsSL -o /tmp/powershell.tar.gz \
      "https://github.com/PowerShell/PowerShell/releases/download/v${PWSH_VERSION}/powershell-${PWSH_VERSION}-linux-${pwsh_arch}.tar.gz"; \
    tar zxf /tmp/powershell.tar.gz -C /opt/microsoft/powershell/7; \
    chmod +x /opt/microsoft/powershell/7/pwsh; \
    ln -sf /opt/microsoft/powershell/7/pwsh /usr/bin/pwsh; \
    rm -f /tmp/powershell.tar.gz; \
    pwsh -NoLogo -Command '$PSVersionTable'

RUN pwsh -NoLogo -Command "Set-PSRepository PSGallery -InstallationPolicy Trusted; Install-Module Az.Accounts -Scope AllUsers -Force"
WORKDIR /work
CMD ["pwsh"]
