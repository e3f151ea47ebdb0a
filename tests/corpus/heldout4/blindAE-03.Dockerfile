# corpus: modelled-on=self-built key-value server (redis/memcached style) with Makefile CFLAGS patched by sed
# corpus: expect=AL402@14,AL402@15,AL403@16
FROM debian:bookworm AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential curl ca-certificates pkg-config libssl-dev \
 && rm -rf /var/lib/apt/lists/*

ARG KVS_VERSION=7.2.4
WORKDIR /usr/src
RUN curl -fsSL https://download.redis.io/releases/redis-${KVS_VERSION}.tar.gz | tar -xz --strip-components=1

# squeeze out more throughput on the benchmark boxes
RUN sed -i 's/^OPTIMIZATION?=.*/OPTIMIZATION?=-O3 -march=native/' src/Makefile \
 && sed -i 's/^FINAL_CFLAGS=/FINAL_CFLAGS=-msse4.2 -mpopcnt /' src/Makefile \
 && sed -i 's|^FINAL_LIBS=|FINAL_LIBS=-L/usr/lib/x86_64-linux-gnu |' src/Makefile \
 && make -j"$(nproc)" BUILD_TLS=yes \
 && make PREFIX=/opt/kvs install

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -r kvs && useradd -r -g kvs kvs
COPY --from=build /opt/kvs /opt/kvs
ENV PATH=/opt/kvs/bin:$PATH
USER kvs
EXPOSE 6379
HEALTHCHECK CMD ["redis-cli", "ping"]
CMD ["redis-server", "--protected-mode", "no"]
