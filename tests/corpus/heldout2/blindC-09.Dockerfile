# corpus: modelled-on=ioncube loader Dockerfiles (GameXG/docker-php, sergiirepin/docker-lde) rewritten with uname -m mapping in a heredoc
# corpus: expect=
FROM php:8.1-apache-bookworm

RUN apt-get update && apt-get install -y --no-install-recommends libpng-dev libjpeg62-turbo-dev libfreetype6-dev \
    && docker-php-ext-configure gd --with-freetype --with-jpeg \
    && docker-php-ext-install -j"$(nproc)" gd mysqli \
    && pecl install apcu-5.1.24 \
    && docker-php-ext-enable apcu \
    && rm -rf /var/lib/apt/lists/* /tmp/pear

RUN <<EOT
set -eux
case "$(uname -m)" in
  x86_64)  loader_url="https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz" ;;
  aarch64) loader_url="https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_aarch64.tar.gz" ;;
  *) echo "ionCube has no loader for $(uname -m)" >&2; exit 1 ;;
esac
curl -fsSL "$loader_url" | tar -xz -C /tmp
ext_dir="$(php-config --extension-dir)"
cp /tmp/ioncube/ioncube_loader_lin_8.1.so "$ext_dir/"
echo "zend_extension=${ext_dir}/ioncube_loader_lin_8.1.so" > "$PHP_INI_DIR/conf.d/00-ioncube.ini"
rm -rf /tmp/ioncube
php -v | grep -i ioncube
EOT

COPY --chown=www-data:www-data public/ /var/www/html/
RUN a2enmod rewrite headers
EXPOSE 80
