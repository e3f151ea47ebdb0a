# corpus: modelled-on=aspnetcore-libgdiplus / SkiaSharp Dockerfiles (libgdiplus, libfontconfig1, gdiplus.dll symlink)
# corpus: expect=AL403@9,AL303@23
FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
USER root
# System.Drawing (EPPlus autofit) + SkiaSharp native deps
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgdiplus libc6-dev libfontconfig1 fonts-dejavu-core \
    && ln -s /usr/lib/libgdiplus.so /usr/lib/gdiplus.dll \
    && ln -sf /usr/lib/x86_64-linux-gnu/libdl.so.2 /usr/lib/x86_64-linux-gnu/libdl.so \
    && rm -rf /var/lib/apt/lists/*
USER $APP_UID
WORKDIR /app
EXPOSE 8080

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Reports.Web/Reports.Web.csproj -c Release -o /app/publish /p:UseAppHost=false

FROM base AS final
COPY --from=build /app/publish .
# vendored SkiaSharp build with HarfBuzz patches
COPY third_party/skia/runtimes/linux-x64/native/libSkiaSharp.so ./
ENV DOTNET_SYSTEM_DRAWING_GRAPHICS_FACTORY=skia
ENTRYPOINT ["dotnet", "Reports.Web.dll"]
