# corpus: modelled-on=guitarrapc/docker-bicep + runner install scripts using ${DPKG_ARCH//amd64/x64}
# corpus: expect=
FROM mcr.microsoft.com/azure-cli:2.67.0
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]

ARG TARGETARCH
ARG BICEP_VERSION=0.31.92

# Bicep publishes bicep-linux-x64 and bicep-linux-arm64; translate Docker's
# amd64 to x64 with bash substitution (requires the SHELL above).
RUN bicep_arch="${TARGETARCH/amd64/x64}"; \
    curl -fsSLo /usr/local/bin/bicep \
      "https://github.com/Azure/bicep/releases/download/v${BICEP_VERSION}/bicep-linux-${bicep_arch}"; \
    chmod +x /usr/local/bin/bicep; \
    bicep --version

RUN az config set bicep.use_binary_from_path=true \
    && az extension add --name containerapp --yes

ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
WORKDIR /infra
COPY infra/ ./
CMD ["az", "bicep", "build", "--file", "main.bicep"]
