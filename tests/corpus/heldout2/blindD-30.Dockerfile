# corpus: modelled-on=images derived from mcr.microsoft.com/mssql/server (published for amd64 only) + microsoft/go-sqlcmd release tarball; built for linux/amd64 only
# corpus: expect=
# corpus: platforms=linux/amd64
FROM --platform=linux/amd64 mcr.microsoft.com/mssql/server:2022-CU16-ubuntu-22.04

USER root
ARG SQLCMD_VERSION=1.8.0
ENV ACCEPT_EULA=Y \
    MSSQL_PID=Developer

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl bzip2 ca-certificates \
 && curl -fsSL https://github.com/microsoft/go-sqlcmd/releases/download/v${SQLCMD_VERSION}/sqlcmd-linux-amd64.tar.bz2 \
      | tar -xj -C /usr/local/bin sqlcmd \
 && rm -rf /var/lib/apt/lists/*

COPY --chown=mssql:root seed/ /opt/seed/
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
RUN chmod +x /usr/local/bin/entrypoint.sh
USER mssql
HEALTHCHECK --interval=15s --timeout=5s --retries=10 \
  CMD /usr/local/bin/sqlcmd -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -C -Q "SELECT 1" || exit 1
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
