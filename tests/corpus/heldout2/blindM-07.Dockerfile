# corpus: modelled-on=Daemon.Host / DiscordBot alpine Dockerfiles (restore+publish -r linux-musl-x64 self-contained)
# corpus: expect=AL205@10,AL205@16,AL303@26
# https://hub.docker.com/_/microsoft-dotnet
FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /source

# copy csproj and restore as distinct layers
COPY *.sln .
COPY Worker/*.csproj ./Worker/
RUN dotnet restore Worker/Worker.csproj -r linux-musl-x64 /p:PublishReadyToRun=true

# copy everything else and build app
COPY Worker/. ./Worker/
WORKDIR /source/Worker
RUN dotnet publish -c release -o /app --no-restore \
    -r linux-musl-x64 --self-contained true \
    /p:PublishTrimmed=false /p:PublishReadyToRun=true

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine
RUN apk add --no-cache icu-libs tzdata
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    TZ=Etc/UTC
WORKDIR /app
COPY --from=build /app ./
# prebuilt sqlite for the local cache
COPY native/linux-musl-x64/libe_sqlite3.so /app/
USER app
ENTRYPOINT ["./Worker"]
