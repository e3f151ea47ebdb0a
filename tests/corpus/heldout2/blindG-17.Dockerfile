# corpus: modelled-on=docker-library/memcached 1/debian/Dockerfile (source build with --build from dpkg-architecture)
# corpus: expect=
FROM debian:bookworm-slim

RUN set -eux; \
	groupadd --system --gid 11211 memcache; \
	useradd --system --gid memcache --uid 11211 memcache

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends libsasl2-modules; \
	rm -rf /var/lib/apt/lists/*

ENV MEMCACHED_VERSION=1.6.39 MEMCACHED_URL=https://memcached.org/files/memcached-1.6.39.tar.gz MEMCACHED_SHA1=459c691d6040e9dd859f6010871bd7b6504135f8

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates dpkg-dev gcc libc6-dev libevent-dev libsasl2-dev libssl-dev make perl wget \
	; \
	rm -rf /var/lib/apt/lists/*; \
	wget -O memcached.tar.gz "$MEMCACHED_URL"; \
	echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c -; \
	mkdir -p /usr/src/memcached; tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1; rm memcached.tar.gz; \
	cd /usr/src/memcached; \
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	./configure --build="$gnuArch" --enable-extstore --enable-sasl --enable-sasl-pwdb --enable-tls; \
	make -j "$(nproc)"; make install; \
	cd /; rm -rf /usr/src/memcached; \
	apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark > /dev/null; \
	find /usr/local -type f -executable -exec ldd '{}' ';' | awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); print so }' | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u | xargs -r apt-mark manual; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	memcached -V

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
USER memcache
EXPOSE 11211
CMD ["memcached"]
