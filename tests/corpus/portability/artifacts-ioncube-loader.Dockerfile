# corpus: modelled-on=PHP images fetching the ionCube loader tarball for lin_x86-64
# corpus: expect=AL301@5
FROM php:8.2-apache
RUN curl -sSLo /usr/local/bin/composer https://getcomposer.org/download/latest-stable/composer.phar && chmod +x /usr/local/bin/composer
RUN curl -L -o /tmp/ioncube.tar.gz https://downloads.ioncube.com/loader_downloads/ioncube_loaders_lin_x86-64.tar.gz \
 && tar -xzf /tmp/ioncube.tar.gz -C /tmp
