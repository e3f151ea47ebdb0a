# corpus: modelled-on=debian wkhtmltopdf Dockerfiles (wget bullseye_amd64.deb then dpkg -i in one RUN)
# corpus: expect=AL301@9,AL302@10
FROM php:8.0-fpm-bullseye

# wkhtmltopdf is not in the bullseye repos with patched qt, grab the upstream build
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       wget fontconfig libxrender1 libxext6 libjpeg62-turbo xfonts-75dpi xfonts-base \
    && wget -q https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-2/wkhtmltox_0.12.6.1-2.bullseye_amd64.deb \
    && dpkg -i wkhtmltox_0.12.6.1-2.bullseye_amd64.deb \
    && apt-get install -y -f \
    && rm wkhtmltox_0.12.6.1-2.bullseye_amd64.deb \
    && rm -rf /var/lib/apt/lists/*

RUN docker-php-ext-install pdo_pgsql exif
RUN pecl install redis && docker-php-ext-enable redis

WORKDIR /var/www/app
COPY . .
RUN chown -R www-data:www-data storage bootstrap/cache
USER www-data
