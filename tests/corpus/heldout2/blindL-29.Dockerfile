# corpus: modelled-on=ASP.NET Core API published for linux-x64 from a $BUILDPLATFORM SDK stage (cf. dotnet-docker samples before the -a $TARGETARCH change)
# corpus: expect=AL205@11,AL202@13
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY *.sln .
COPY src/Billing.Api/*.csproj src/Billing.Api/
RUN dotnet restore src/Billing.Api/Billing.Api.csproj

COPY . .
RUN dotnet publish src/Billing.Api/Billing.Api.csproj -c Release \
      -r linux-x64 --self-contained false -o /app

FROM --platform=$TARGETPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 DOTNET_EnableDiagnostics=0
USER $APP_UID
EXPOSE 8080
HEALTHCHECK CMD curl -fs http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Billing.Api.dll"]
