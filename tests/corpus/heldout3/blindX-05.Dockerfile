# corpus: modelled-on=caddy:builder + xcaddy plugin images (Elegant996/scgi-transport, Ling-Lang/LWS_Web), builder moved to BUILDPLATFORM
# corpus: expect=AL206@7
ARG CADDY_VERSION=2.8.4

# Build the custom binary on the runner's native arch (much faster than qemu)
FROM --platform=$BUILDPLATFORM caddy:${CADDY_VERSION}-builder-alpine AS builder
RUN xcaddy build \
    --with github.com/caddy-dns/cloudflare \
    --with github.com/mholt/caddy-ratelimit \
    --with github.com/greenpau/caddy-security

FROM caddy:${CADDY_VERSION}-alpine
RUN apk add --no-cache nss-tools tzdata
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
COPY site/ /srv/

ENV ACME_AGREE=true \
    XDG_DATA_HOME=/data \
    XDG_CONFIG_HOME=/config
EXPOSE 80 443 443/udp 2019
HEALTHCHECK --interval=30s --timeout=5s \
  CMD wget -qO- http://127.0.0.1:2019/config/ >/dev/null || exit 1
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
