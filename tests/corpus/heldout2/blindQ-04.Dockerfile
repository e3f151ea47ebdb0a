# corpus: modelled-on=sandrokeil/php blackfire Dockerfile (probe + cli fetched for linux/amd64 only)
# corpus: expect=AL301@12,AL301@17
FROM php:8.1-fpm-bullseye

RUN apt-get update && apt-get install -y --no-install-recommends \
        git unzip libicu-dev libzip-dev \
    && docker-php-ext-install intl zip pdo_mysql \
    && rm -rf /var/lib/apt/lists/*

# blackfire profiler (probe + CLI)
RUN export VERSION=`php -r "echo PHP_MAJOR_VERSION.PHP_MINOR_VERSION;"` \
    && curl -A "Docker" -o /tmp/blackfire-probe.tar.gz -D - -L -s https://blackfire.io/api/v1/releases/probe/php/linux/amd64/${VERSION} \
    && tar zxpf /tmp/blackfire-probe.tar.gz -C /tmp \
    && mv /tmp/blackfire-*.so `php -r "echo ini_get('extension_dir');"`/blackfire.so \
    && printf "extension=blackfire.so\nblackfire.agent_socket=tcp://blackfire:8307\n" > $PHP_INI_DIR/conf.d/blackfire.ini \
    && mkdir -p /tmp/bfcli \
    && curl -fsSL https://blackfire.io/api/v1/releases/cli/linux/amd64 | tar zxp -C /tmp/bfcli \
    && mv /tmp/bfcli/blackfire /usr/local/bin/blackfire \
    && rm -rf /tmp/blackfire* /tmp/bfcli

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist
COPY . .
