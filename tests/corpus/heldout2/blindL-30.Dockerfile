# corpus: modelled-on=ASP.NET Core API cross-published with -a $TARGETARCH (cf. dotnet/dotnet-docker samples/aspnetapp/Dockerfile)
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY src/Billing.Api/*.csproj src/Billing.Api/
# The SDK understands docker's arch names: amd64 -> x64, arm64 -> arm64.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore src/Billing.Api/Billing.Api.csproj -a $TARGETARCH
COPY . .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/Billing.Api/Billing.Api.csproj -c Release \
      -a $TARGETARCH --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Billing.Api.dll"]
