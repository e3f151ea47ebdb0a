# corpus: modelled-on=ipburger/php7.2-ioncube.docker + touchbit/testrail4j fpm.dockerfile (ioncube_loaders_lin_x86-64 into php-fpm), phpredis built in a side stage
# corpus: expect=AL206@11,AL301@23
FROM --platform=$BUILDPLATFORM php:8.2-cli-bookworm AS ext-build
RUN apt-get update && apt-get install -y --no-install-recommends git $PHPIZE_DEPS \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src
RUN git clone --depth 1 --branch 6.0.2 https://github.com/phpredis/phpredis.git
WORKDIR /usr/src/phpredis
RUN phpize \
    && ./configure --enable-redis \
    && make -j"$(nproc)"

FROM php:8.2-fpm-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libzip-dev libicu-dev \
    && docker-php-ext-install -j"$(nproc)" zip intl pdo_mysql opcache \
    && rm -rf /var/lib/apt/lists/*
COPY --from=ext-build /usr/src/phpredis/modules/redis.so /tmp/redis.so
RUN mv /tmp/redis.so "$(php-config --extension-dir)/" && docker-php-ext-enable redis

# ionCube loader for the encoded licensing module
RUN set -eux; \
    cd /tmp; \
    curl -fsSLo ioncube.tar.gz https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz; \
    tar -xzf ioncube.tar.gz; \
    cp ioncube/ioncube_loader_lin_8.2.so "$(php-config --extension-dir)/"; \
    echo "zend_extension=ioncube_loader_lin_8.2.so" > /usr/local/etc/php/conf.d/00-ioncube.ini; \
    rm -rf ioncube ioncube.tar.gz

COPY --chown=www-data:www-data . /var/www/html
USER www-data
CMD ["php-fpm", "-F"]
