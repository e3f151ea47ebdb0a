# corpus: modelled-on=pgvector docs Dockerfile (pgvector/pgvector Dockerfile) + community postgres:16 images
# corpus: expect=
ARG PG_MAJOR=17
FROM postgres:${PG_MAJOR}-bookworm
ARG PG_MAJOR
ARG PGVECTOR_VERSION=v0.8.0

# Build pgvector from source so the same recipe works on amd64 and arm64
# (the apt package lags behind upstream on arm64 mirrors).
RUN set -eux; \
    apt-get update; \
    apt-mark hold locales; \
    apt-get install -y --no-install-recommends \
        build-essential \
        ca-certificates \
        git \
        postgresql-server-dev-${PG_MAJOR}; \
    git clone --depth 1 --branch "${PGVECTOR_VERSION}" \
        https://github.com/pgvector/pgvector.git /usr/src/pgvector; \
    cd /usr/src/pgvector; \
    make OPTFLAGS=""; \
    make install; \
    cd /; rm -rf /usr/src/pgvector; \
    apt-get purge -y --auto-remove build-essential git postgresql-server-dev-${PG_MAJOR}; \
    apt-mark unhold locales; \
    rm -rf /var/lib/apt/lists/*

COPY initdb/ /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=10s --timeout=3s CMD pg_isready -U "${POSTGRES_USER:-postgres}" || exit 1
