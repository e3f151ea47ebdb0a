# corpus: modelled-on=ubuntu:24.04 mssql-tools18 Dockerfile with [arch=amd64,arm64,armhf] / learn.microsoft.com sqlcmd install
# corpus: expect=
FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim
USER root

# msodbcsql18/mssql-tools18 used to be amd64-only; Debian 12 prod now ships
# arm64 too, so the source line follows the image's own architecture.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates gnupg; \
    curl -fsSL -o /tmp/packages-microsoft-prod.deb \
        https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb; \
    dpkg -i /tmp/packages-microsoft-prod.deb; \
    rm /tmp/packages-microsoft-prod.deb; \
    apt-get update; \
    ACCEPT_EULA=Y apt-get install -y --no-install-recommends \
        msodbcsql18 mssql-tools18 unixodbc; \
    rm -rf /var/lib/apt/lists/*

ENV PATH="${PATH}:/opt/mssql-tools18/bin"

WORKDIR /app
COPY --chown=app:app out/ ./
HEALTHCHECK --interval=60s CMD sqlcmd -S "$DB_HOST" -C -Q "SELECT 1" -U "$DB_USER" -P "$DB_PASS" || exit 1
USER $APP_UID
ENTRYPOINT ["dotnet", "Ledger.Api.dll"]
