# corpus: modelled-on=project image on docker-library/php 8.3/bookworm/fpm (extensions, multiarch libdir from dpkg-architecture)
# corpus: expect=
FROM php:8.3-fpm-bookworm

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		libfreetype6-dev libjpeg62-turbo-dev libpng-dev libwebp-dev \
		libicu-dev libldap2-dev libpq-dev libzip-dev \
	; \
	debMultiarch="$(dpkg-architecture --query DEB_BUILD_MULTIARCH)"; \
	docker-php-ext-configure gd --with-freetype --with-jpeg --with-webp; \
	docker-php-ext-configure ldap --with-libdir="lib/$debMultiarch"; \
	docker-php-ext-install -j "$(nproc)" bcmath gd intl ldap opcache pdo_pgsql zip; \
	pecl install redis-6.2.0 apcu-5.1.27; \
	docker-php-ext-enable redis apcu; \
	rm -rf /tmp/pear; \
	\
# reset apt-mark's "manual" list so that "purge --auto-remove" will remove all build dependencies
	apt-mark auto '.*' > /dev/null; \
	apt-mark manual $savedAptMark; \
	ldd "$(php -r 'echo ini_get("extension_dir");')"/*.so \
		| awk '/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\n", so }' \
		| sort -u \
		| xargs -r dpkg-query --search \
		| cut -d: -f1 \
		| sort -u \
		| xargs -rt apt-mark manual; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	rm -rf /var/lib/apt/lists/*

RUN mv "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"
COPY docker/php/conf.d/*.ini "$PHP_INI_DIR/conf.d/"
COPY --chown=www-data:www-data . /var/www/html
USER www-data
