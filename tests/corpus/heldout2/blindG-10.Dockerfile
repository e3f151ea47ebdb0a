# corpus: modelled-on=redis/docker-library-redis 6.0/bookworm/Dockerfile (jemalloc page-size case, --build=$gnuArch)
# corpus: expect=
FROM debian:bookworm-slim

RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis
ENV REDIS_VERSION=7.4.6 \
	REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.6.tar.gz \
	REDIS_DOWNLOAD_SHA=912215a02a28b694a91721ee826a96c0a184e42e3cf4158ed8f8ab0d54b7579a

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates wget dpkg-dev gcc libc6-dev libssl-dev make; \
	rm -rf /var/lib/apt/lists/*; \
	wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \
	echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \
	mkdir -p /usr/src/redis; tar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; rm redis.tar.gz; \
# the bundled jemalloc must be told the build triplet and page size (we may be cross-building)
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	extraJemallocConfigureFlags="--build=$gnuArch"; \
	dpkgArch="$(dpkg --print-architecture)"; \
	case "${dpkgArch##*-}" in \
		amd64 | i386 | x32) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=12" ;; \
		*) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=16" ;; \
	esac; \
	extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-hugepage=21"; \
	sed -ri 's!cd jemalloc && ./configure !&'"$extraJemallocConfigureFlags"' !' /usr/src/redis/deps/Makefile; \
	export BUILD_TLS=yes; \
	make -C /usr/src/redis -j "$(nproc)" all; make -C /usr/src/redis install; \
	rm -r /usr/src/redis; apt-mark auto '.*' > /dev/null; [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	redis-server --version

RUN mkdir /data && chown redis:redis /data
VOLUME /data
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["redis-server"]
