# corpus: modelled-on=ReadyToRun single-file publish via RuntimeIdentifier MSBuild property + native CRC helper built with gcc
# corpus: expect=AL402@12,AL205@16
FROM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# P/Invoke helper used by Ingest.Core (hot path, vectorised)
COPY native/ native/
RUN mkdir -p /out/native \
    && gcc -O3 -mavx2 -shared -fPIC -o /out/native/libfastcrc.so native/crc32c.c

COPY . .
RUN dotnet publish src/Ingest/Ingest.csproj -c Release -o /out/app \
      -p:RuntimeIdentifier=linux-x64 \
      -p:SelfContained=true \
      -p:PublishReadyToRun=true \
      -p:PublishSingleFile=true

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim
ENV DOTNET_TieredPGO=1 \
    DOTNET_ReadyToRun=1 \
    DOTNET_gcServer=1
WORKDIR /app
COPY --from=build /out/app/ ./
COPY --from=build /out/native/libfastcrc.so ./
USER app
ENTRYPOINT ["/app/Ingest"]
