# corpus: modelled-on=sqlcmd migration runner on Debian 12 using the packages.microsoft.com repo with arch taken from dpkg
# corpus: expect=
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
 && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /usr/share/keyrings/microsoft-prod.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/microsoft-prod.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" \
      > /etc/apt/sources.list.d/mssql-release.list \
 && apt-get update \
 && ACCEPT_EULA=Y apt-get install -y --no-install-recommends msodbcsql18 mssql-tools18 unixodbc \
 && apt-get purge -y gnupg \
 && rm -rf /var/lib/apt/lists/*
ENV PATH=/opt/mssql-tools18/bin:$PATH

WORKDIR /migrations
COPY migrations/ ./
COPY --chmod=0755 scripts/apply.sh /usr/local/bin/apply-migrations
RUN useradd -r -u 10001 migrator
USER migrator
ENTRYPOINT ["apply-migrations"]
