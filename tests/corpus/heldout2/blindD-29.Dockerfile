# corpus: modelled-on=pgvector/pgvector Dockerfile (make OPTFLAGS="") + pg_partman built from source in the official postgres image
# corpus: expect=
ARG PG_MAJOR=17
FROM postgres:${PG_MAJOR}-bookworm
ARG PG_MAJOR
ARG PGVECTOR_VERSION=0.8.0
ARG PARTMAN_VERSION=5.2.2

# pgvector's Makefile adds -march=native by default; blank OPTFLAGS so the
# extension runs on any CPU of the target architecture (amd64 or arm64).
RUN set -eux; \
    apt-mark hold locales; \
    apt-get update; \
    apt-get install -y --no-install-recommends build-essential ca-certificates curl postgresql-server-dev-${PG_MAJOR}; \
    mkdir -p /tmp/src && cd /tmp/src; \
    curl -fsSL https://github.com/pgvector/pgvector/archive/refs/tags/v${PGVECTOR_VERSION}.tar.gz | tar -xz; \
    curl -fsSL https://github.com/pgpartman/pg_partman/archive/refs/tags/v${PARTMAN_VERSION}.tar.gz | tar -xz; \
    make -C pgvector-${PGVECTOR_VERSION} OPTFLAGS="" install; \
    make -C pg_partman-${PARTMAN_VERSION} install; \
    cd / && rm -rf /tmp/src; \
    apt-get purge -y --auto-remove build-essential postgresql-server-dev-${PG_MAJOR} curl; \
    apt-mark unhold locales; \
    rm -rf /var/lib/apt/lists/*

COPY --chown=postgres:postgres initdb/ /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=10s --timeout=5s CMD pg_isready -U "${POSTGRES_USER:-postgres}" || exit 1
