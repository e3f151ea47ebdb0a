# corpus: modelled-on=php-fpm base with ionCube mapped from TARGETARCH, but TARGETARCH given an amd64 default and a prod stage labelling with an undeclared TARGETPLATFORM
# corpus: expect=AL207@4,AL203@21
FROM php:8.1-fpm-bullseye AS base
ARG TARGETARCH=amd64

RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) ic=x86-64 ;; \
      arm64) ic=aarch64 ;; \
      *) exit 1 ;; \
    esac; \
    curl -fsSL "https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_${ic}.tar.gz" | tar -xz -C /tmp; \
    cp /tmp/ioncube/ioncube_loader_lin_8.1.so "$(php-config --extension-dir)/"; \
    echo "zend_extension=ioncube_loader_lin_8.1.so" > "$PHP_INI_DIR/conf.d/00-ioncube.ini"; \
    rm -rf /tmp/ioncube

RUN docker-php-ext-install pdo_mysql opcache

FROM base AS prod
LABEL org.opencontainers.image.title="licensed-portal" \
      com.example.build.platform="${TARGETPLATFORM}"
COPY --chown=www-data:www-data . /var/www/html
USER www-data
CMD ["php-fpm"]
