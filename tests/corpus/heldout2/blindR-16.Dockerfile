# corpus: modelled-on=RediSearch legacy Dockerfile (redis:latest builder, make all, module copied to LIBDIR) + vendored module dir
# corpus: expect=AL304@9,AL402@18,AL303@26
FROM debian:bookworm AS redis-build
ARG REDIS_VERSION=7.4.1
ENV DEPS="build-essential pkg-config wget ca-certificates"

RUN set -ex; \
    apt-get update; \
    apt-get install -y --no-install-recommends $DEPS gcc-multilib; \
    wget -qO- "https://download.redis.io/releases/redis-${REDIS_VERSION}.tar.gz" | tar -xz -C /usr/src; \
    cd /usr/src/redis-${REDIS_VERSION}; \
    make -j"$(nproc)" 32bit; \
    make PREFIX=/opt/redis install

FROM redis-build AS module-build
COPY src/ /src/
WORKDIR /src
RUN make -j"$(nproc)" CFLAGS="-O3 -mavx2 -mfma -fPIC" all

FROM debian:bookworm-slim
ENV LIBDIR=/var/lib/redis/modules
RUN mkdir -p "$LIBDIR" && useradd -r -s /usr/sbin/nologin redis
COPY --from=redis-build /opt/redis/bin/ /usr/local/bin/
COPY --from=module-build /src/redisearch.so "$LIBDIR"/
# prebuilt RedisBloom from the vendor portal
COPY modules/x86_64/redisbloom.so "$LIBDIR"/
USER redis
CMD ["redis-server", "--loadmodule", "/var/lib/redis/modules/redisearch.so", "--loadmodule", "/var/lib/redis/modules/redisbloom.so"]
