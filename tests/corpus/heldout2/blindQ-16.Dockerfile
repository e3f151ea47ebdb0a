# corpus: modelled-on=DataDog/dd-trace-php tests/overhead start_app.sh (datadog-php-tracer _amd64.deb downloaded and dpkg -i'd)
# corpus: expect=AL301@14,AL302@15
FROM php:8.1-fpm-bullseye

ARG DD_TRACE_VERSION=0.99.1

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl git unzip libzip-dev \
 && docker-php-ext-install zip pdo_mysql \
 && rm -rf /var/lib/apt/lists/*

# APM tracer
RUN cd /tmp \
 && curl -fsSLO https://github.com/DataDog/dd-trace-php/releases/download/${DD_TRACE_VERSION}/datadog-php-tracer_${DD_TRACE_VERSION}_amd64.deb \
 && dpkg -i datadog-php-tracer_${DD_TRACE_VERSION}_amd64.deb \
 && rm -f datadog-php-tracer_*.deb \
 && php -m | grep -q ddtrace

ENV DD_SERVICE=checkout DD_ENV=prod DD_TRACE_SAMPLE_RATE=0.3

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www
COPY composer.* ./
RUN composer install --no-dev --no-interaction
COPY . .
CMD ["php-fpm"]
