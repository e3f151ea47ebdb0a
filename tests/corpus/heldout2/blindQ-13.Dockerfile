# corpus: modelled-on=php-fpm app with a small Go sidecar tool cross-compiled on the build platform (docker docs cross-compile pattern)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS fpm-exporter
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY tools/fpm-exporter/go.mod tools/fpm-exporter/go.sum ./
RUN go mod download
COPY tools/fpm-exporter/ ./
# pure Go, so CGO off and the target taken from buildx
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/fpm-exporter .

FROM php:8.3-fpm-alpine
RUN apk add --no-cache fcgi libzip \
 && apk add --no-cache --virtual .build-deps $PHPIZE_DEPS libzip-dev \
 && docker-php-ext-install zip opcache \
 && apk del .build-deps
COPY --from=fpm-exporter /out/fpm-exporter /usr/local/bin/fpm-exporter
COPY docker/php-fpm.d/www.conf /usr/local/etc/php-fpm.d/www.conf
WORKDIR /var/www
COPY --chown=www-data:www-data . .
USER www-data
HEALTHCHECK CMD SCRIPT_NAME=/ping SCRIPT_FILENAME=/ping REQUEST_METHOD=GET cgi-fcgi -bind -connect 127.0.0.1:9000 || exit 1
