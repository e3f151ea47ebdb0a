# corpus: modelled-on=TheAbysmalKraken/NatakAPI Dockerfile and HomeDeploys/Issueneter Dockerfile
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY Natak/Natak.API/*.csproj Natak/Natak.API/
RUN dotnet restore Natak/Natak.API/Natak.API.csproj -a $TARGETARCH
COPY --link . .
RUN dotnet publish Natak/Natak.API/Natak.API.csproj -c Release -a $TARGETARCH --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./Natak.API"]
