# corpus: modelled-on=DvrMqtt Dockerfile (dotnet restore/publish -r linux-x64, runtime:7.0-bullseye-slim-amd64)
# corpus: expect=AL205@13,AL209@16
# https://hub.docker.com/_/microsoft-dotnet
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source

COPY *.sln .
COPY src/Ledger.Api/*.csproj ./src/Ledger.Api/
RUN dotnet restore src/Ledger.Api/Ledger.Api.csproj

COPY . .
RUN dotnet publish src/Ledger.Api/Ledger.Api.csproj -c Release -o /app \
      -r linux-x64 --self-contained false

# final stage/image
FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["./Ledger.Api"]
