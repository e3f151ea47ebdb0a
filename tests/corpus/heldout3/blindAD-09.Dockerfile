# corpus: modelled-on=dotnet-docker multi-arch sample (-a $TARGETARCH) + dotnet-install.sh with --architecture mapped from TARGETARCH
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY NuGet.config Directory.Packages.props ./
COPY src/Worker/Worker.csproj src/Worker/
RUN dotnet restore src/Worker/Worker.csproj -a "$TARGETARCH"
COPY src/ src/
# -a amd64 maps to the linux-x64 RID, -a arm64 to linux-arm64
RUN dotnet publish src/Worker/Worker.csproj -c Release -a "$TARGETARCH" --no-restore -o /out

FROM debian:bookworm-slim
ARG TARGETARCH
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl libicu72 libssl3 \
    && rm -rf /var/lib/apt/lists/*
# runtime via dotnet-install.sh so we can pin an exact patch release
RUN set -eux; \
    case "$TARGETARCH" in \
        amd64) dnArch=x64 ;; \
        arm64) dnArch=arm64 ;; \
        *) echo "no .NET runtime for $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh; \
    bash /tmp/dotnet-install.sh --runtime dotnet --version 8.0.7 \
        --architecture "$dnArch" --install-dir /usr/share/dotnet; \
    ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet; \
    rm /tmp/dotnet-install.sh
WORKDIR /app
COPY --from=build /out .
USER 1000
ENTRYPOINT ["dotnet", "Worker.dll"]
