# corpus: modelled-on=php-fpm image written for a Graviton fleet using the arm64v8 official-image namespace
# corpus: expect=AL209@4
# runs on our Graviton ECS cluster
FROM arm64v8/php:8.3-fpm-alpine

RUN apk add --no-cache imagemagick libgomp libzip \
 && apk add --no-cache --virtual .build-deps $PHPIZE_DEPS imagemagick-dev libzip-dev \
 && pecl install imagick redis \
 && docker-php-ext-enable imagick redis \
 && docker-php-ext-install zip opcache \
 && apk del .build-deps

COPY docker/php/opcache.ini $PHP_INI_DIR/conf.d/opcache.ini
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer

WORKDIR /var/www/html
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist
COPY --chown=www-data:www-data . .
USER www-data
EXPOSE 9000
CMD ["php-fpm"]
