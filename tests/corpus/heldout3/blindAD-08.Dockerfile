# corpus: modelled-on=dotnet Dockerfile choosing the RID from TARGETARCH (Daemon.Host / DvrMqtt style) with an arch-suffixed aspnet runtime tag
# corpus: expect=AL205@14,AL209@21
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

COPY *.sln .
COPY src/Telemetry.Api/*.csproj ./src/Telemetry.Api/
COPY src/Telemetry.Core/*.csproj ./src/Telemetry.Core/
RUN dotnet restore src/Telemetry.Api/Telemetry.Api.csproj

COPY . .
# we only ship to the x64 fleet for now
RUN case "$TARGETARCH" in \
        amd64) RID=linux-x64 ;; \
        *) echo "unsupported target $TARGETARCH" >&2; exit 1 ;; \
    esac \
    && dotnet publish src/Telemetry.Api/Telemetry.Api.csproj \
        -c Release -r "$RID" --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Telemetry.Api.dll"]
