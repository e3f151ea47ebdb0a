# corpus: modelled-on=Laravel image: node assets and composer vendor built on $BUILDPLATFORM (arch-independent output), php runtime per target
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY vite.config.js ./
COPY resources/ resources/
RUN npm run build

FROM --platform=$BUILDPLATFORM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist --ignore-platform-reqs
COPY . .
RUN composer dump-autoload --classmap-authoritative --no-dev

FROM php:8.3-fpm-alpine
RUN apk add --no-cache icu-libs libzip \
 && apk add --no-cache --virtual .deps $PHPIZE_DEPS icu-dev libzip-dev \
 && docker-php-ext-install intl zip pdo_mysql opcache \
 && apk del .deps
WORKDIR /var/www/html
COPY --from=vendor /app /var/www/html
COPY --from=assets /app/public/build /var/www/html/public/build
RUN chown -R www-data:www-data storage bootstrap/cache
USER www-data
EXPOSE 9000
