# corpus: modelled-on=jellyfin server built from source with dotnet publish (older jellyfin Dockerfile layouts)
# corpus: expect=AL205@9,AL208@12
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim AS build
ARG JELLYFIN_VERSION=v10.10.3
WORKDIR /repo
RUN git clone --depth 1 --branch ${JELLYFIN_VERSION} https://github.com/jellyfin/jellyfin.git .
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN dotnet publish Jellyfin.Server --configuration Release \
      --self-contained -r linux-x64 -p:DebugSymbols=false \
      --output /jellyfin

FROM --platform=$BUILDPLATFORM debian:bookworm-slim
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg libfontconfig1 libicu72 \
 && curl -fsSL https://repo.jellyfin.org/jellyfin_team.gpg.key | gpg --dearmor -o /usr/share/keyrings/jellyfin.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/jellyfin.gpg] https://repo.jellyfin.org/debian bookworm main" > /etc/apt/sources.list.d/jellyfin.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends jellyfin-ffmpeg7 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /jellyfin /jellyfin
EXPOSE 8096
VOLUME /config /cache
ENTRYPOINT ["/jellyfin/jellyfin", "--datadir", "/config", "--cachedir", "/cache", "--ffmpeg", "/usr/lib/jellyfin-ffmpeg/ffmpeg"]
