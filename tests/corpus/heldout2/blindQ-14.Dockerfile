# corpus: modelled-on=php-fpm image with Go helper built in a $BUILDPLATFORM stage but without passing the target arch
# corpus: expect=AL206@7
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS mailer
WORKDIR /go/src/sendmail-shim
COPY tools/sendmail-shim/ ./
ENV CGO_ENABLED=0
RUN go build -o /usr/local/bin/sendmail-shim .

FROM php:8.2-fpm-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libpng-dev libjpeg-dev libfreetype6-dev \
 && docker-php-ext-configure gd --with-freetype --with-jpeg \
 && docker-php-ext-install -j$(nproc) gd mysqli \
 && rm -rf /var/lib/apt/lists/*

COPY --from=mailer /usr/local/bin/sendmail-shim /usr/local/bin/sendmail-shim
RUN echo 'sendmail_path = "/usr/local/bin/sendmail-shim --smtp-addr=mail:1025"' > $PHP_INI_DIR/conf.d/sendmail.ini

COPY wordpress/ /var/www/html/
RUN chown -R www-data:www-data /var/www/html
USER www-data
CMD ["php-fpm"]
