# corpus: modelled-on=cims-edw-backend / debian msodbcsql18 Dockerfiles on an -amd64 aspnet tag
# corpus: expect=AL209@3,AL403@20
FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64 AS base
USER root
ENV ACCEPT_EULA=Y \
    DEBIAN_FRONTEND=noninteractive

# ODBC driver + sqlcmd for the nightly reconciliation job
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl gnupg unixodbc \
    && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc \
        | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \
    && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/microsoft-prod.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" \
        > /etc/apt/sources.list.d/mssql-release.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends msodbcsql18 mssql-tools18 \
    && rm -rf /var/lib/apt/lists/*

ENV PATH="${PATH}:/opt/mssql-tools18/bin" \
    LD_LIBRARY_PATH=/opt/microsoft/msodbcsql18/lib64:/usr/lib/x86_64-linux-gnu

WORKDIR /app
COPY publish/ .
USER $APP_UID
ENTRYPOINT ["dotnet", "Reconciler.dll"]
