# corpus: modelled-on=blackfire probe install following blackfire docs / uname -m mapping seen in a drupal helper script
# corpus: expect=
FROM php:8.3-fpm-alpine

RUN apk add --no-cache curl bash icu-dev \
 && docker-php-ext-install intl

# Blackfire probe: the API wants amd64/arm64, uname gives x86_64/aarch64
RUN set -e; \
    version=$(php -r "echo PHP_MAJOR_VERSION.PHP_MINOR_VERSION;"); \
    case "$(uname -m)" in \
      x86_64) bf_arch=amd64 ;; \
      aarch64|arm64) bf_arch=arm64 ;; \
      *) echo "no blackfire probe for $(uname -m)"; exit 1 ;; \
    esac; \
    curl -A "Docker" -fsSL -o /tmp/blackfire-probe.tar.gz \
      "https://blackfire.io/api/v1/releases/probe/php/alpine/${bf_arch}/${version}"; \
    mkdir -p /tmp/blackfire; \
    tar zxpf /tmp/blackfire-probe.tar.gz -C /tmp/blackfire; \
    mv /tmp/blackfire/blackfire-*.so "$(php -r "echo ini_get('extension_dir');")/blackfire.so"; \
    printf "extension=blackfire.so\nblackfire.agent_socket=tcp://blackfire:8307\n" > "$PHP_INI_DIR/conf.d/blackfire.ini"; \
    rm -rf /tmp/blackfire /tmp/blackfire-probe.tar.gz

WORKDIR /srv/app
COPY . .
USER www-data
CMD ["php-fpm", "-F"]
