# corpus: modelled-on=dotnet/dotnet-docker samples (aspnetapp Dockerfile: -a $TARGETARCH on $BUILDPLATFORM)
# corpus: expect=
# Learn about building .NET container images
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

COPY aspnetapp/*.csproj .
RUN dotnet restore -a $TARGETARCH

COPY aspnetapp/. .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
EXPOSE 8080
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENTRYPOINT ["./aspnetapp"]
