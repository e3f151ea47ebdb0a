# corpus: modelled-on=Datadog docs "Install the Datadog PHP tracer" (datadog-setup.php picks the arch itself)
# corpus: expect=
FROM php:8.2-apache-bookworm

ARG DD_TRACE_VERSION=1.5.1

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libzip-dev \
 && docker-php-ext-install zip pdo_mysql \
 && rm -rf /var/lib/apt/lists/*

# datadog-setup.php downloads the x86_64 or aarch64 bundle matching the running PHP
RUN curl -fsSLo /tmp/datadog-setup.php \
      "https://github.com/DataDog/dd-trace-php/releases/download/${DD_TRACE_VERSION}/datadog-setup.php" \
 && php /tmp/datadog-setup.php --php-bin=all --enable-profiling \
 && rm -f /tmp/datadog-setup.php

ENV DD_TRACE_CLI_ENABLED=0 \
    DD_LOGS_INJECTION=true

COPY . /var/www/html
RUN a2enmod rewrite
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost/healthz || exit 1
