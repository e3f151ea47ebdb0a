# corpus: modelled-on=timescale/timescaledb-docker Dockerfile (bootstrap + make install in a postgres builder), moved to $BUILDPLATFORM for speed
# corpus: expect=AL206@17
ARG PG_MAJOR=17
# Build on the native runner to avoid QEMU slowness.
FROM --platform=$BUILDPLATFORM postgres:${PG_MAJOR}-bookworm AS build
ARG PG_MAJOR
ARG TS_VERSION=2.17.2

RUN apt-get update && apt-get install -y --no-install-recommends \
      build-essential cmake git libkrb5-dev libssl-dev postgresql-server-dev-${PG_MAJOR} \
 && rm -rf /var/lib/apt/lists/*

RUN git clone --depth 1 --branch ${TS_VERSION} https://github.com/timescale/timescaledb.git /src
WORKDIR /src
RUN ./bootstrap -DREGRESS_CHECKS=OFF -DTAP_CHECKS=OFF -DWARNINGS_AS_ERRORS=OFF \
 && cd build \
 && make -j"$(nproc)" \
 && make install DESTDIR=/out

FROM postgres:${PG_MAJOR}-bookworm
COPY --from=build /out/ /
RUN echo "shared_preload_libraries = 'timescaledb'" >> /usr/share/postgresql/postgresql.conf.sample
COPY initdb/ /docker-entrypoint-initdb.d/
