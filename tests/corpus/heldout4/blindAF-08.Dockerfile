# corpus: modelled-on=dotnet-docker samples (aspnetapp) cross-publishing with -a $TARGETARCH from $BUILDPLATFORM
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY aspnetapp/*.csproj .
# -a takes Docker's arch name; the SDK maps amd64 -> x64 and arm64 -> arm64 itself
RUN dotnet restore -a $TARGETARCH
COPY aspnetapp/. .
RUN dotnet publish -a $TARGETARCH --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
EXPOSE 8080
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD curl -fs http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "aspnetapp.dll"]
