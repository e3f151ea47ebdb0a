# corpus: modelled-on=dotnet/PowerShell images installing the PowerShell amd64 .deb
# corpus: expect=AL301@8,AL302@9
FROM ubuntu:20.04
RUN apt-get update && apt-get install -y software-properties-common wget
RUN wget https://packages.microsoft.com/config/ubuntu/20.04/packages-microsoft-prod.deb -O packages-microsoft-prod.deb \
    && dpkg -i packages-microsoft-prod.deb \
    && apt-get update && apt-get install -y dotnet-sdk-6.0
RUN wget https://github.com/PowerShell/PowerShell/releases/download/v7.3.4/powershell_7.3.4-1.deb_amd64.deb \
    && dpkg -i powershell_7.3.4-1.deb_amd64.deb
