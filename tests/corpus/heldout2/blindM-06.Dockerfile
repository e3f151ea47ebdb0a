# corpus: modelled-on=MinimalApiAot / ENV-Game-Framework build-linux-x64.dockerfile (NativeAOT with pinned linux-x64 RID)
# corpus: expect=AL205@15,AL403@23
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-jammy-aot AS build
ARG TARGETARCH
WORKDIR /src

# clang + zlib are the NativeAOT prerequisites; the aot SDK image ships them
RUN apt-get update \
    && apt-get install -y --no-install-recommends llvm \
    && rm -rf /var/lib/apt/lists/*

COPY . .
RUN dotnet publish src/Gateway/Gateway.csproj \
        -c Release \
        -r linux-x64 \
        -p:PublishAot=true \
        -p:StripSymbols=true \
        -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled-aot
WORKDIR /app
ENV DOTNET_gcServer=0 \
    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu \
    ASPNETCORE_HTTP_PORTS=8080
COPY --from=build /out/Gateway .
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["/app/Gateway"]
