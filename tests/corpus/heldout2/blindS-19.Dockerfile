# corpus: modelled-on=Nextcloud apache image extended with APCu/imagick, built on an arm64 NAS
# corpus: expect=AL209@3,AL402@11
FROM arm64v8/nextcloud:30-apache

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      $PHPIZE_DEPS libmagickwand-dev ffmpeg smbclient libsmbclient-dev supervisor \
 && rm -rf /var/lib/apt/lists/*

# squeeze a bit more out of the NAS CPU
RUN CFLAGS="-O2 -march=native" pecl install apcu-5.1.24 smbclient-1.1.1 \
 && docker-php-ext-enable apcu smbclient

RUN { \
      echo 'apc.enable_cli=1'; \
      echo 'apc.shm_size=128M'; \
    } > /usr/local/etc/php/conf.d/apcu-tuning.ini

COPY supervisord.conf /etc/supervisor/supervisord.conf
RUN mkdir -p /var/log/supervisord /var/run/supervisord
ENV NEXTCLOUD_UPDATE=1 PHP_MEMORY_LIMIT=1G
CMD ["/usr/bin/supervisord", "-c", "/etc/supervisor/supervisord.conf"]
