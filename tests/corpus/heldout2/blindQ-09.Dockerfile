# corpus: modelled-on=wkhtmltopdf .deb picked with TARGETARCH (ubuntu:22.04 ADD .../wkhtmltox_..._${BUILDARCH}.deb pattern, fixed to TARGETARCH)
# corpus: expect=
FROM php:8.2-fpm-bookworm

ARG TARGETARCH
ARG WKHTMLTOX_VERSION=0.12.6.1-3

# wkhtmltopdf packaging publishes bookworm_amd64 and bookworm_arm64 builds
ADD https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTMLTOX_VERSION}/wkhtmltox_${WKHTMLTOX_VERSION}.bookworm_${TARGETARCH}.deb /tmp/wkhtmltox.deb

RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig xfonts-75dpi xfonts-base /tmp/wkhtmltox.deb \
 && rm -f /tmp/wkhtmltox.deb \
 && rm -rf /var/lib/apt/lists/* \
 && wkhtmltopdf --version

RUN docker-php-ext-install bcmath pdo_mysql

COPY --from=composer:2 /usr/bin/composer /usr/local/bin/composer
WORKDIR /var/www
COPY . .
RUN composer install --no-dev --optimize-autoloader
USER www-data
CMD ["php-fpm"]
