# corpus: modelled-on=Laravel queue worker image: global ARG TARGETARCH reused in a stage without redeclaring, supercronic built with constant GOARCH
# corpus: expect=AL204@7,AL203@16
ARG PHP_VERSION=8.2
ARG TARGETARCH

FROM golang:1.22-alpine AS cron
RUN GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go install github.com/aptible/supercronic@v0.2.29

FROM php:${PHP_VERSION}-cli-alpine
ARG DOCKERIZE_VERSION=v0.7.0
RUN apk add --no-cache curl libzip icu-libs \
 && apk add --no-cache --virtual .b $PHPIZE_DEPS libzip-dev icu-dev \
 && docker-php-ext-install pcntl zip intl pdo_mysql \
 && apk del .b
RUN curl -fsSL \
      "https://github.com/jwilder/dockerize/releases/download/${DOCKERIZE_VERSION}/dockerize-alpine-linux-${TARGETARCH}-${DOCKERIZE_VERSION}.tar.gz" \
    | tar -xz -C /usr/local/bin
COPY --from=cron /go/bin/supercronic /usr/local/bin/supercronic
COPY docker/crontab /etc/crontab
WORKDIR /var/www
COPY . .
CMD ["dockerize", "-wait", "tcp://mysql:3306", "php", "artisan", "queue:work"]
