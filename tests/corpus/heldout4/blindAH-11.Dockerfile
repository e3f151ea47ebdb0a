# corpus: modelled-on=company legacy PHP shop (Shopware/Magento style) with ionCube loader and vendored wkhtmltopdf binary
# corpus: expect=AL301@15,AL303@22
FROM php:7.4-apache-bullseye

RUN apt-get update && apt-get install -y --no-install-recommends \
        libzip-dev libicu-dev libpng-dev libjpeg62-turbo-dev libfreetype6-dev \
        libxrender1 libfontconfig1 libxext6 mariadb-client msmtp unzip wget \
    && docker-php-ext-configure gd --with-freetype --with-jpeg \
    && docker-php-ext-install -j"$(nproc)" gd intl pdo_mysql zip opcache bcmath \
    && a2enmod rewrite headers expires \
    && rm -rf /var/lib/apt/lists/*

# ionCube loader (encoded payment plugin needs it)
RUN cd /tmp \
    && wget -q https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz \
    && tar xzf ioncube_loaders_lin_x86-64.tar.gz \
    && cp ioncube/ioncube_loader_lin_7.4.so "$(php -r 'echo ini_get("extension_dir");')" \
    && echo "zend_extension=ioncube_loader_lin_7.4.so" > /usr/local/etc/php/conf.d/00-ioncube.ini \
    && rm -rf /tmp/ioncube*

# static wkhtmltopdf build we have been carrying around since 2019
COPY docker/bin/wkhtmltopdf-0.12.4-linux-amd64 /usr/local/bin/wkhtmltopdf
RUN chmod 0755 /usr/local/bin/wkhtmltopdf

COPY docker/php.ini /usr/local/etc/php/php.ini
COPY docker/apache/vhost.conf /etc/apache2/sites-available/000-default.conf
COPY --chown=www-data:www-data . /var/www/html
WORKDIR /var/www/html
HEALTHCHECK --interval=1m CMD curl -fs http://localhost/health.php || exit 1
