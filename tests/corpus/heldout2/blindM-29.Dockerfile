# corpus: modelled-on=DocxMcp / OpenClaw NativeAOT Dockerfiles moved to a BUILDPLATFORM builder without a target arch
# corpus: expect=AL206@13
# ── Stage 1: NativeAOT publish ──────────────────────────────────────
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-noble-aot AS build
WORKDIR /src

COPY Directory.Build.props Directory.Packages.props ./
COPY src/Mcp.Server/Mcp.Server.csproj src/Mcp.Server/
RUN dotnet restore src/Mcp.Server/Mcp.Server.csproj

COPY . .
RUN --mount=type=cache,target=/root/.nuget/packages \
    dotnet publish src/Mcp.Server/Mcp.Server.csproj \
      --configuration Release --no-restore \
      -p:PublishAot=true -p:InvariantGlobalization=true \
      -o /app

# ── Stage 2: minimal runtime ────────────────────────────────────────
FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /app/mcp-server .
ENV DOTNET_gcHeapHardLimit=0x10000000
USER $APP_UID
ENTRYPOINT ["./mcp-server"]
