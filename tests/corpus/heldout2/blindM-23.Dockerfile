# corpus: modelled-on=SkiaSharp/libfontconfig1 aspnet images; libdl symlink made arch-neutral
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY ["Imaging.Api/Imaging.Api.csproj", "Imaging.Api/"]
RUN dotnet restore "Imaging.Api/Imaging.Api.csproj" -a $TARGETARCH
COPY . .
# SkiaSharp.NativeAssets.Linux picks runtimes/linux-<arch>/native from the RID
RUN dotnet publish "Imaging.Api/Imaging.Api.csproj" -c Release -a $TARGETARCH \
      --no-restore -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS final
USER root
# old recipe: ln -s /usr/lib/x86_64-linux-gnu/libdl.so.2 ... (broke arm64)
RUN apt-get update \
    && apt-get install -y --no-install-recommends libfontconfig1 libfreetype6 \
    && multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo "$(uname -m)-linux-gnu")" \
    && ln -sf "/usr/lib/${multiarch}/libdl.so.2" "/usr/lib/${multiarch}/libdl.so" \
    && rm -rf /var/lib/apt/lists/*
USER $APP_UID
WORKDIR /app
COPY --from=build /app/publish .
EXPOSE 8080
ENTRYPOINT ["dotnet", "Imaging.Api.dll"]
