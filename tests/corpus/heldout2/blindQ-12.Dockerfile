# corpus: modelled-on=placetopay-org/docker-images & reinerttomas/newrelic (New Relic PHP agent, image pinned to amd64)
# corpus: expect=AL201@4
# New Relic used to ship x64 only, so the image is forced to amd64
FROM --platform=linux/amd64 php:8.2-fpm-bookworm

ARG NEW_RELIC_AGENT_VERSION=11.2.0.15
ARG NEW_RELIC_APPNAME="shop-api"

RUN apt-get update && apt-get install -y --no-install-recommends curl libicu-dev \
 && docker-php-ext-install intl opcache pdo_mysql \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL "https://download.newrelic.com/php_agent/archive/${NEW_RELIC_AGENT_VERSION}/newrelic-php5-${NEW_RELIC_AGENT_VERSION}-linux.tar.gz" | tar -C /tmp -zx \
 && export NR_INSTALL_USE_CP_NOT_LN=1 NR_INSTALL_SILENT=1 \
 && /tmp/newrelic-php5-*/newrelic-install install \
 && rm -rf /tmp/newrelic-php5-* /tmp/nrinstall*

RUN sed -i \
      -e "s/newrelic.appname = \"PHP Application\"/newrelic.appname = \"${NEW_RELIC_APPNAME}\"/" \
      -e 's/;newrelic.daemon.address =.*/newrelic.daemon.address="newrelic-daemon:31339"/' \
      "$PHP_INI_DIR/conf.d/newrelic.ini"

WORKDIR /var/www/html
COPY --chown=www-data:www-data . .
USER www-data
