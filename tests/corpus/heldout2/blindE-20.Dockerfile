# corpus: modelled-on=caddy official alpine Dockerfile (apk --print-arch -> caddy asset), with the armv7 branch mis-mapped
# corpus: expect=AL301@12
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7
FROM alpine:3.20

ARG CADDY_VERSION=2.8.4
RUN apk add --no-cache ca-certificates libcap mailcap

# armhf is the 32-bit ARM port
RUN set -eux; \
    apkArch="$(apk --print-arch)"; \
    case "$apkArch" in \
        x86_64)  binArch='amd64' ;; \
        aarch64) binArch='arm64' ;; \
        armhf)   binArch='armv7' ;; \
        *) echo >&2 "error: unsupported architecture ($apkArch)"; exit 1 ;; \
    esac; \
    wget -O /tmp/caddy.tar.gz "https://github.com/caddyserver/caddy/releases/download/v${CADDY_VERSION}/caddy_${CADDY_VERSION}_linux_${binArch}.tar.gz"; \
    tar x -z -f /tmp/caddy.tar.gz -C /usr/bin caddy; \
    rm -f /tmp/caddy.tar.gz; \
    setcap cap_net_bind_service=+ep /usr/bin/caddy; \
    caddy version

ENV XDG_CONFIG_HOME=/config \
    XDG_DATA_HOME=/data
COPY Caddyfile /etc/caddy/Caddyfile
EXPOSE 80 443 443/udp 2019
WORKDIR /srv
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
