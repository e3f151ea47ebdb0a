# corpus: modelled-on=project image on docker-library/php 8.2 apache (ldap libdir and ionCube loader copied from an x86 wiki snippet)
# corpus: expect=AL403@12,AL301@19
FROM php:8.2-apache-bookworm

ENV APACHE_DOCUMENT_ROOT=/var/www/html/public

RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		libldap2-dev libzip-dev libicu-dev unzip \
	; \
	docker-php-ext-configure ldap --with-libdir=lib/x86_64-linux-gnu/; \
	docker-php-ext-install -j "$(nproc)" ldap intl zip pdo_mysql; \
	rm -rf /var/lib/apt/lists/*

# ionCube loader for the licensed billing module
RUN set -eux; \
	cd /tmp; \
	curl -fsSL -o ioncube.tar.gz https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz; \
	tar -xzf ioncube.tar.gz; \
	extDir="$(php -r 'echo ini_get("extension_dir");')"; \
	phpMinor="$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')"; \
	cp "ioncube/ioncube_loader_lin_${phpMinor}.so" "$extDir/"; \
	echo "zend_extension=ioncube_loader_lin_${phpMinor}.so" > "$PHP_INI_DIR/conf.d/00-ioncube.ini"; \
	rm -rf /tmp/ioncube*; \
	php -v | grep -i ioncube

RUN set -eux; \
	a2enmod rewrite headers; \
	sed -ri -e 's!/var/www/html!${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf

COPY --chown=www-data:www-data . /var/www/html
