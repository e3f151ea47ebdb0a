# corpus: modelled-on=dotnet-docker samples (pre-BUILDPLATFORM style) using --use-current-runtime under emulation
# corpus: expect=
# Built per-platform (QEMU for the non-native one). --ucr resolves the RID of
# the SDK that is running, i.e. linux-x64 on amd64 and linux-arm64 on arm64.
FROM mcr.microsoft.com/dotnet/sdk:8.0-jammy AS build
WORKDIR /source
COPY *.csproj .
RUN dotnet restore --use-current-runtime

COPY . .
RUN dotnet publish -c Release --use-current-runtime --self-contained true \
      -p:PublishReadyToRun=true --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled
ENV DOTNET_TieredCompilation=1 \
    DOTNET_TC_QuickJitForLoops=1 \
    ASPNETCORE_HTTP_PORTS=8080
WORKDIR /app
COPY --from=build /app .
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["./Scheduler"]
