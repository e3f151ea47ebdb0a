# corpus: modelled-on=Python images with Microsoft ODBC Driver 17
# corpus: expect=AL304@7
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y curl gnupg2 \
 && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \
 && curl -fsSL https://packages.microsoft.com/config/debian/12/prod.list > /etc/apt/sources.list.d/mssql-release.list \
 && apt-get update && ACCEPT_EULA=Y apt-get install -y msodbcsql17 unixodbc-dev
