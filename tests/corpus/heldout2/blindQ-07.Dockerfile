# corpus: modelled-on=php-fpm oci8 image with Oracle Instant Client basiclite+sdk chosen per dpkg arch (oci8 docs / caffeinalab php-fpm-oci8 shape)
# corpus: expect=
FROM php:8.3-fpm-bookworm

ENV ORACLE_HOME=/opt/oracle/instantclient \
    LD_LIBRARY_PATH=/opt/oracle/instantclient

RUN apt-get update && apt-get install -y --no-install-recommends curl unzip libaio1 \
 && rm -rf /var/lib/apt/lists/*

# Oracle publishes separate zips: linuxx64 for amd64 and linux-arm64 for aarch64
RUN set -eux; \
    base=https://download.oracle.com/otn_software/linux/instantclient; \
    case "$(dpkg --print-architecture)" in \
      amd64) basic="$base/instantclient-basiclite-linuxx64.zip"; sdk="$base/instantclient-sdk-linuxx64.zip" ;; \
      arm64) basic="$base/instantclient-basiclite-linux-arm64.zip"; sdk="$base/instantclient-sdk-linux-arm64.zip" ;; \
      *) echo "Instant Client not available for this arch" >&2; exit 1 ;; \
    esac; \
    mkdir -p /opt/oracle; cd /opt/oracle; \
    curl -fsSLo basic.zip "$basic"; curl -fsSLo sdk.zip "$sdk"; \
    unzip -q basic.zip; unzip -q sdk.zip; rm -f basic.zip sdk.zip; \
    ln -s /opt/oracle/instantclient_* /opt/oracle/instantclient; \
    echo /opt/oracle/instantclient > /etc/ld.so.conf.d/oracle-instantclient.conf; ldconfig

RUN docker-php-ext-configure oci8 --with-oci8=instantclient,/opt/oracle/instantclient \
 && docker-php-ext-install oci8 \
 && php -m | grep -q oci8

WORKDIR /var/www/html
COPY . .
USER www-data
