# corpus: modelled-on=php:7.4 + oracle instantclient from download.oracle.com (wget of linux.x64 zips, then pecl/docker-php-ext oci8)
# corpus: expect=AL301@12,AL301@13
FROM php:8.1-apache

RUN apt-get update \
  && apt-get install -y git unzip wget libaio1 libzip-dev libicu-dev \
  && docker-php-ext-install zip intl opcache \
  && rm -rf /var/lib/apt/lists/*

# Oracle Instant Client 21.13
RUN mkdir -p /opt/oracle && cd /opt/oracle \
  && wget -q https://download.oracle.com/otn_software/linux/instantclient/2113000/instantclient-basic-linux.x64-21.13.0.0.0dbru.zip \
  && wget -q https://download.oracle.com/otn_software/linux/instantclient/2113000/instantclient-sdk-linux.x64-21.13.0.0.0dbru.zip \
  && unzip -o instantclient-basic-*.zip \
  && unzip -o instantclient-sdk-*.zip \
  && rm -f *.zip \
  && echo /opt/oracle/instantclient_21_13 > /etc/ld.so.conf.d/oracle.conf \
  && ldconfig

ENV LD_LIBRARY_PATH=/opt/oracle/instantclient_21_13
RUN echo "instantclient,/opt/oracle/instantclient_21_13" | pecl install oci8-3.2.1 \
  && docker-php-ext-enable oci8

RUN a2enmod rewrite headers
COPY --chown=www-data:www-data . /var/www/html
EXPOSE 80
