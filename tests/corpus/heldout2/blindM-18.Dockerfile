# corpus: modelled-on=rPersival/ComradesChannelBot Dockerfile (alpine-arm64v8 runtime tag, Raspberry Pi bot)
# corpus: expect=AL205@7,AL209@11
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /build
COPY . .
# the bot runs on a Pi 4, so publish for arm64 musl
RUN dotnet publish Bot/Bot.csproj -c Release -r linux-musl-arm64 --self-contained false \
      -p:AssemblyName=app -o /build/output \
    && rm -f /build/output/configuration.json

FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine-arm64v8
WORKDIR /app
RUN apk add --no-cache icu-libs
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
COPY --from=build /build/output ./
ENTRYPOINT ["dotnet", "app.dll"]
