# corpus: modelled-on=dotnet-docker samples pattern (dotnet restore/publish -a $TARGETARCH), Raspberry Pi solar logger
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

COPY SolarLogger/*.csproj .
RUN dotnet restore -a $TARGETARCH

COPY SolarLogger/. .
RUN dotnet publish -a $TARGETARCH --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY --from=build /app .
# serial adapter for the inverter
USER root
RUN usermod -aG dialout app
USER $APP_UID
ENTRYPOINT ["./SolarLogger"]
