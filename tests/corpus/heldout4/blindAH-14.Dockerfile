# corpus: modelled-on=Microsoft's multi-arch ASP.NET Core sample pattern as used in a company service (QuestPDF/SkiaSharp deps)
# corpus: expect=
# Build on the native SDK image, publish for whatever arch buildx asks for.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
ARG CONFIGURATION=Release
WORKDIR /source

COPY *.sln .
COPY src/Invoicing.Api/*.csproj src/Invoicing.Api/
RUN dotnet restore src/Invoicing.Api/Invoicing.Api.csproj -a $TARGETARCH

COPY . .
RUN dotnet publish src/Invoicing.Api/Invoicing.Api.csproj -c $CONFIGURATION \
        -a $TARGETARCH --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim
# fonts + fontconfig for PDF rendering, ICU for de-DE culture formatting
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libfontconfig1 fonts-dejavu-core libicu72 tzdata curl \
    && rm -rf /var/lib/apt/lists/*
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    TZ=Europe/Vienna \
    ASPNETCORE_HTTP_PORTS=8080

WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
HEALTHCHECK CMD curl -fs http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "Invoicing.Api.dll"]
