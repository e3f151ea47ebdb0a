# corpus: modelled-on=x-b-e/pgvector Dockerfile (postgis + pgvector built together), with an explicit platform on FROM
# corpus: expect=AL202@4,AL403@23
ARG PG_MAJOR=16
FROM --platform=$TARGETPLATFORM postgres:${PG_MAJOR}-bookworm
ARG PG_MAJOR
ARG PGVECTOR_REF=v0.8.0

LABEL org.opencontainers.image.description="postgres with postgis and pgvector"

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential git ca-certificates \
      postgresql-server-dev-${PG_MAJOR} \
      postgresql-${PG_MAJOR}-postgis-3 postgresql-${PG_MAJOR}-postgis-3-scripts \
 && git clone --depth 1 --branch ${PGVECTOR_REF} https://github.com/pgvector/pgvector.git /tmp/pgvector \
 && make -C /tmp/pgvector OPTFLAGS="" \
 && make -C /tmp/pgvector install \
 && rm -rf /tmp/pgvector \
 && apt-get purge -y --auto-remove build-essential git postgresql-server-dev-${PG_MAJOR} \
 && rm -rf /var/lib/apt/lists/*

# libgeos/proj live here; set explicitly for the plpython helpers
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu:/usr/local/lib

COPY init/*.sql /docker-entrypoint-initdb.d/
