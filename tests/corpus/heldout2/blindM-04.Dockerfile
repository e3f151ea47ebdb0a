# corpus: modelled-on=ComradesChannelBot / generic BUILDPLATFORM sdk stage that publishes self-contained ReadyToRun without a target
# corpus: expect=AL206@11
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim AS build
WORKDIR /build

# thumbnails use SkiaSharp; native assets come from NuGet
COPY Thumbnailer.csproj nuget.config ./
RUN dotnet restore

COPY . .
RUN dotnet publish Thumbnailer.csproj -c Release --self-contained true \
      -p:PublishReadyToRun=true -p:PublishSingleFile=true -o /out \
    && rm -f /out/*.pdb

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libfontconfig1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/ ./
USER app
ENTRYPOINT ["/app/Thumbnailer"]
