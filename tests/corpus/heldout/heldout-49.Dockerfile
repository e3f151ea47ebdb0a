# corpus: modelled-on=hiramtibbit/repo-info repos/docker/remote/stable.md (docker-library docker apkArch case)
# corpus: expect=
FROM alpine:3.20
RUN apk add --no-cache ca-certificates openssh-client git
RUN [ -e /etc/nsswitch.conf ] || echo 'hosts: files dns' > /etc/nsswitch.conf
ENV DOCKER_VERSION=26.1.4
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
        x86_64) url="https://download.docker.com/linux/static/stable/x86_64/docker-${DOCKER_VERSION}.tgz" ;; \
        armhf) url="https://download.docker.com/linux/static/stable/armel/docker-${DOCKER_VERSION}.tgz" ;; \
        armv7) url="https://download.docker.com/linux/static/stable/armhf/docker-${DOCKER_VERSION}.tgz" ;; \
        aarch64) url="https://download.docker.com/linux/static/stable/aarch64/docker-${DOCKER_VERSION}.tgz" ;; \
        *) echo >&2 "error: unsupported 'docker.tgz' architecture ($apkArch)"; exit 1 ;; \
    esac; \
    wget -O docker.tgz "$url"; \
    tar --extract --file docker.tgz --strip-components 1 --directory /usr/local/bin/ --no-same-owner 'docker/docker'; \
    rm docker.tgz; \
    docker --version
COPY modprobe.sh /usr/local/bin/modprobe
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["sh"]
