# corpus: modelled-on=touchbit/testrail4j .indirect/fpm.dockerfile (classic single-arch ionCube download)
# corpus: expect=AL301@12
FROM php:7.4-fpm
ENV PHP_MM 7.4

RUN apt-get update
RUN apt-get install -y wget netcat-openbsd libpng-dev libjpeg62-turbo-dev
RUN docker-php-ext-configure gd --with-jpeg && docker-php-ext-install gd mysqli pdo_mysql

# ionCube loader for the encoded billing module
WORKDIR /tmp
RUN wget -q http://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz -O ioncube.tar.gz
RUN tar -xzf ioncube.tar.gz
RUN mv ioncube/ioncube_loader_lin_${PHP_MM}.so `php-config --extension-dir`
RUN rm -rf ioncube.tar.gz ioncube
RUN docker-php-ext-enable ioncube_loader_lin_${PHP_MM}

COPY ./conf/php.ini /usr/local/etc/php/php.ini
COPY ./src /var/www/html
WORKDIR /var/www/html
RUN chown -R www-data:www-data /var/www/html
