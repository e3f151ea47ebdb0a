# corpus: modelled-on=Alpine images mapping apk --print-arch
# corpus: expect=
FROM alpine:3.20
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
      x86_64) dockerArch='x86_64' ;; \
      aarch64) dockerArch='aarch64' ;; \
      armv7) dockerArch='armhf' ;; \
      *) echo >&2 "unsupported: $apkArch"; exit 1 ;; \
    esac; \
    wget -O docker.tgz "https://download.docker.com/linux/static/stable/${dockerArch}/docker-26.1.4.tgz"; \
    tar -xzf docker.tgz --strip-components 1 -C /usr/local/bin; rm docker.tgz
