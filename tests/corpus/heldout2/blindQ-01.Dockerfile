# corpus: modelled-on=ioncube loader install as in Intermesh/docker-groupoffice install-ioncube.sh, arch-mapped
# corpus: expect=
FROM php:8.2-fpm-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates libzip-dev \
 && docker-php-ext-install -j"$(nproc)" zip pdo_mysql opcache \
 && rm -rf /var/lib/apt/lists/*

# ionCube ships one tarball per CPU: lin_x86-64 for amd64 hosts, lin_aarch64 for arm64
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
        amd64) IC_ARCH=x86-64 ;; \
        arm64) IC_ARCH=aarch64 ;; \
        *) echo "ionCube: unsupported architecture $dpkgArch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/ioncube.tar.gz "https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_${IC_ARCH}.tar.gz"; \
    tar -xzf /tmp/ioncube.tar.gz -C /tmp; \
    PHP_MM="$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')"; \
    cp "/tmp/ioncube/ioncube_loader_lin_${PHP_MM}.so" "$(php-config --extension-dir)/"; \
    echo "zend_extension=ioncube_loader_lin_${PHP_MM}.so" > "$PHP_INI_DIR/conf.d/00-ioncube.ini"; \
    rm -rf /tmp/ioncube /tmp/ioncube.tar.gz; \
    php -v | grep -qi ioncube

COPY --chown=www-data:www-data . /var/www/html
WORKDIR /var/www/html
USER www-data
EXPOSE 9000
CMD ["php-fpm"]
