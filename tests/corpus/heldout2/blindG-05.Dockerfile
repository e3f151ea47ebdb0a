# corpus: modelled-on=nginxinc/docker-nginx Dockerfile-debian.template (upstream repo on amd64/arm64, source rebuild elsewhere)
# corpus: expect=
FROM debian:trixie-slim

ENV NGINX_VERSION=1.29.3 PKG_RELEASE=1~trixie

RUN set -x \
    && groupadd --system --gid 101 nginx \
    && useradd --system --gid nginx --no-create-home --home /nonexistent --shell /bin/false --uid 101 nginx \
    && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates \
    && NGINX_GPGKEY_PATH=/usr/share/keyrings/nginx-archive-keyring.gpg \
    && export GNUPGHOME="$(mktemp -d)" \
    && gpg1 --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys 573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 \
    && gpg1 --export 573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 > "$NGINX_GPGKEY_PATH" && rm -rf "$GNUPGHOME" \
    && dpkgArch="$(dpkg --print-architecture)" \
    && case "$dpkgArch" in \
        amd64|arm64) \
# arches officially built by upstream
            echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ trixie nginx" >> /etc/apt/sources.list.d/nginx.list \
            && apt-get update \
            ;; \
        *) \
            echo "deb-src [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ trixie nginx" >> /etc/apt/sources.list.d/nginx.list \
            && tempDir="$(mktemp -d)" && chmod 777 "$tempDir" \
            && apt-get update && apt-get build-dep -y nginx \
            && ( cd "$tempDir" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" apt-get source --compile nginx ) \
            && ( cd "$tempDir" && dpkg-scanpackages . > Packages ) \
            && echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list \
            && apt-get -o Acquire::GzipIndexes=false update \
            ;; \
    esac \
    && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE} gettext-base curl tini \
    && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/temp.list \
    && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log

COPY docker-entrypoint.sh /
ENTRYPOINT ["/usr/bin/tini", "--", "/docker-entrypoint.sh"]
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
