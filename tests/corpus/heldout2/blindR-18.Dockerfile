# corpus: modelled-on=postgres + pg_cron + postgis from the PGDG apt repo, init SQL fetched in a BUILDPLATFORM helper stage
# corpus: expect=
ARG PG_MAJOR=17

# Pure-text assets only: running this stage natively is fine, nothing here is compiled.
FROM --platform=$BUILDPLATFORM alpine/git:2.45.2 AS sql
WORKDIR /sql
RUN git clone --depth 1 https://github.com/example-org/db-bootstrap.git . \
 && rm -rf .git

FROM postgres:${PG_MAJOR}-bookworm
ARG PG_MAJOR

# pgdg publishes these for amd64 and arm64 alike
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      postgresql-${PG_MAJOR}-cron \
      postgresql-${PG_MAJOR}-postgis-3 \
      postgresql-${PG_MAJOR}-postgis-3-scripts \
 && rm -rf /var/lib/apt/lists/*

RUN echo "shared_preload_libraries = 'pg_cron'" >> /usr/share/postgresql/postgresql.conf.sample \
 && echo "cron.database_name = '${POSTGRES_DB:-postgres}'" >> /usr/share/postgresql/postgresql.conf.sample

COPY --from=sql /sql/*.sql /docker-entrypoint-initdb.d/
HEALTHCHECK CMD pg_isready -U postgres || exit 1
