# corpus: modelled-on=company Laravel app on php-fpm with install-php-extensions, composer and supercronic
# corpus: expect=
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist --ignore-platform-reqs

FROM php:8.3-fpm-bookworm
COPY --from=mlocati/php-extension-installer:2 /usr/bin/install-php-extensions /usr/local/bin/
RUN apt-get update && apt-get install -y --no-install-recommends \
        default-mysql-client locales fonts-dejavu-core ghostscript curl \
    && install-php-extensions pdo_mysql intl gd zip opcache redis imagick \
    && sed -i 's/^# *\(de_DE.UTF-8\)/\1/' /etc/locale.gen && locale-gen \
    && rm -rf /var/lib/apt/lists/*

# supercronic for the Laravel scheduler (cron in containers is a pain)
ARG TARGETARCH
ARG SUPERCRONIC_VERSION=v0.2.29
RUN case "${TARGETARCH}" in \
      amd64) url=https://github.com/aptible/supercronic/releases/download/${SUPERCRONIC_VERSION}/supercronic-linux-amd64 ;; \
      arm64) url=https://github.com/aptible/supercronic/releases/download/${SUPERCRONIC_VERSION}/supercronic-linux-arm64 ;; \
      *) echo "unsupported arch ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
    && curl -fsSL -o /usr/local/bin/supercronic "$url" \
    && chmod +x /usr/local/bin/supercronic

COPY docker/php/conf.d/ /usr/local/etc/php/conf.d/
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY --chown=www-data:www-data . .
USER www-data
CMD ["php-fpm"]
