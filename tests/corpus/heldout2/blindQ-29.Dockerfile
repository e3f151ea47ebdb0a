# corpus: modelled-on=Laravel image with mlocati install-php-extensions and an ionCube loader that is only added on amd64 (guarded)
# corpus: expect=
FROM php:8.2-fpm-bookworm

ARG TARGETARCH

ADD --chmod=0755 https://github.com/mlocati/docker-php-extension-installer/releases/download/2.2.5/install-php-extensions /usr/local/bin/
RUN install-php-extensions gd intl zip pdo_pgsql redis imagick @composer

# The legacy reporting plugin is ionCube-encoded and only deployed on the amd64 pool;
# on arm64 the plugin is disabled via feature flag, so no loader is needed there.
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSL https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz | tar -xz -C /tmp \
      && cp /tmp/ioncube/ioncube_loader_lin_8.2.so "$(php-config --extension-dir)/" \
      && echo "zend_extension=ioncube_loader_lin_8.2.so" > "$PHP_INI_DIR/conf.d/00-ioncube.ini" \
      && rm -rf /tmp/ioncube; \
    fi

WORKDIR /var/www/html
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --prefer-dist
COPY . .
RUN composer dump-autoload -o && chown -R www-data:www-data storage bootstrap/cache
USER www-data
CMD ["php-fpm"]
