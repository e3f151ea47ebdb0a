# corpus: modelled-on=project image derived from docker-library/postgres (PGDG extension packages on top of postgres:17)
# corpus: expect=
FROM postgres:17-bookworm

LABEL org.opencontainers.image.source="https://github.com/example-org/geo-db"

ENV POSTGIS_MAJOR 3
ENV PGVECTOR_VERSION 0.8.1

# the PGDG apt repository already configured by the base image ships these for
# amd64, arm64 and ppc64el, so no per-arch handling is needed here
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		"postgresql-$PG_MAJOR-postgis-$POSTGIS_MAJOR" \
		"postgresql-$PG_MAJOR-postgis-$POSTGIS_MAJOR-scripts" \
		"postgresql-$PG_MAJOR-pgvector" \
		"postgresql-$PG_MAJOR-cron" \
	; \
	rm -rf /var/lib/apt/lists/*

RUN set -eux; \
	echo "shared_preload_libraries = 'pg_cron'" >> /usr/share/postgresql/postgresql.conf.sample; \
	echo "cron.database_name = 'app'" >> /usr/share/postgresql/postgresql.conf.sample

COPY --chown=postgres:postgres initdb/ /docker-entrypoint-initdb.d/
COPY --chmod=755 healthcheck.sh /usr/local/bin/

HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD ["healthcheck.sh"]
