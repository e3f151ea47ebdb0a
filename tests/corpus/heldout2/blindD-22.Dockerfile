# corpus: modelled-on=nulLeeKH/postgres-with-vector-docker + bitnami-style pgvector/hll build stage (extensions compiled from source in the postgres image)
# corpus: expect=AL402@13,AL403@19
FROM postgres:16-bookworm AS build
ARG PG_MAJOR=16
ARG PGVECTOR_VERSION=v0.8.0
ARG HLL_VERSION=v2.18
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential git ca-certificates postgresql-server-dev-${PG_MAJOR}
WORKDIR /tmp/build
RUN git clone --depth 1 --branch ${PGVECTOR_VERSION} https://github.com/pgvector/pgvector.git \
 && git clone --depth 1 --branch ${HLL_VERSION} https://github.com/citusdata/postgresql-hll.git
# squeeze a bit more out of the distance functions
RUN cd pgvector && make OPTFLAGS="-O3 -march=native -mtune=native" && make install
RUN cd postgresql-hll && make && make install

FROM postgres:16-bookworm
COPY --from=build /usr/lib/postgresql/16/lib/vector.so /usr/lib/postgresql/16/lib/hll.so /usr/lib/postgresql/16/lib/
COPY --from=build /usr/share/postgresql/16/extension/ /usr/share/postgresql/16/extension/
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu:/usr/lib/postgresql/16/lib
COPY initdb/ /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD pg_isready -U postgres || exit 1
