# corpus: modelled-on=slagovskiy/zabbix-proxy msodbc.sh + n3ddu8/ubuntu-base (msodbcsql18/mssql-tools18 from packages.microsoft.com, arch from dpkg)
# corpus: expect=
FROM python:3.12-slim-bookworm

ENV ACCEPT_EULA=Y \
    DEBIAN_FRONTEND=noninteractive \
    PATH="/opt/mssql-tools18/bin:${PATH}"

# Microsoft publishes msodbcsql18 for both amd64 and arm64 on Debian 12.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg ca-certificates \
 && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc \
      | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/microsoft-prod.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" \
      > /etc/apt/sources.list.d/mssql-release.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends msodbcsql18 mssql-tools18 unixodbc-dev \
 && apt-get purge -y gnupg \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER nobody
CMD ["python", "-m", "etl.sync"]
