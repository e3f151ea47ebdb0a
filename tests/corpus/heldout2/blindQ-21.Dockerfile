# corpus: modelled-on=php-fpm with imagick from pecl and libvips, tuned CFLAGS copied from a bare-metal build host
# corpus: expect=AL202@3,AL402@11
FROM --platform=$TARGETPLATFORM php:8.3-fpm-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libmagickwand-dev libvips-dev libvips-tools ghostscript \
 && rm -rf /var/lib/apt/lists/*

# squeeze a bit more out of thumbnail generation
ENV CFLAGS="-O3 -march=native -pipe"
RUN pecl install imagick-3.7.0 \
 && docker-php-ext-enable imagick \
 && docker-php-ext-install -j"$(nproc)" exif bcmath

RUN sed -i 's/<policy domain="coder" rights="none" pattern="PDF" \/>/<policy domain="coder" rights="read|write" pattern="PDF" \/>/' \
      /etc/ImageMagick-6/policy.xml

COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www/media
COPY composer.json composer.lock ./
RUN composer install --no-dev --prefer-dist
COPY . .
USER www-data
