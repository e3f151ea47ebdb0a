# corpus: modelled-on=Laravel app on php:8.3-fpm-alpine with docker-php-ext-install, composer:2 vendor stage and vite assets
# corpus: expect=
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist --ignore-platform-reqs
COPY . .
RUN composer dump-autoload --optimize --classmap-authoritative --no-dev

FROM node:20-alpine AS assets
WORKDIR /app
COPY package.json package-lock.json vite.config.js ./
RUN npm ci
COPY resources ./resources
RUN npm run build

FROM php:8.3-fpm-alpine
RUN apk add --no-cache libzip-dev libpng-dev icu-dev oniguruma-dev fcgi \
 && docker-php-ext-install -j"$(nproc)" pdo_mysql zip gd intl bcmath opcache pcntl
WORKDIR /var/www/html
COPY --chown=www-data:www-data . .
COPY --from=vendor --chown=www-data:www-data /app/vendor ./vendor
COPY --from=assets --chown=www-data:www-data /app/public/build ./public/build
COPY docker/php/opcache.ini /usr/local/etc/php/conf.d/opcache.ini
USER www-data
HEALTHCHECK --interval=30s --timeout=5s \
  CMD SCRIPT_NAME=/ping SCRIPT_FILENAME=/ping REQUEST_METHOD=GET cgi-fcgi -bind -connect 127.0.0.1:9000 || exit 1
EXPOSE 9000
CMD ["php-fpm"]
