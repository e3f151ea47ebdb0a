# corpus: modelled-on=UBI7 redis image found via search ('FROM registry.access.redhat.com/ubi7/ubi:latest', gosu-amd64 curl)
# corpus: expect=AL301@11
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4

RUN microdnf install -y shadow-utils tar gzip make gcc && microdnf clean all
RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis

ENV GOSU_VERSION=1.17
RUN set -eux; \
    curl -fsSL -o /usr/local/bin/gosu \
      "https://github.com/tianon/gosu/releases/download/${GOSU_VERSION}/gosu-amd64"; \
    chmod +x /usr/local/bin/gosu; \
    gosu --version; \
    gosu nobody true

ENV REDIS_VERSION=7.2.5
RUN set -eux; \
    curl -fsSL -o redis.tar.gz "https://download.redis.io/releases/redis-${REDIS_VERSION}.tar.gz"; \
    mkdir -p /usr/src/redis; \
    tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \
    make -C /usr/src/redis -j "$(nproc)" all; \
    make -C /usr/src/redis install; \
    rm -rf /usr/src/redis redis.tar.gz

RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["redis-server"]
