# corpus: modelled-on=dotnet-docker samples (restore/publish -r) used for a self-hosted pipeline agent host
# corpus: expect=AL205@12,AL202@14
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

COPY src/PipelineAgentHost/*.csproj ./PipelineAgentHost/
RUN dotnet restore ./PipelineAgentHost

COPY src/ ./
RUN dotnet publish ./PipelineAgentHost -c Release \
        -r linux-x64 --self-contained true -o /app

FROM --platform=$TARGETPLATFORM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy
RUN apt-get update && apt-get install -y --no-install-recommends git curl jq \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
RUN useradd -m agent && chown -R agent /app
USER agent
ENTRYPOINT ["./PipelineAgentHost"]
