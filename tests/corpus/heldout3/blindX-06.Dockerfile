# corpus: modelled-on=xcaddy custom builds (caddy:builder) cross-compiled with GOOS/GOARCH like the xcaddy multi-target build scripts
# corpus: expect=
ARG CADDY_VERSION=2.8.4

FROM --platform=$BUILDPLATFORM caddy:${CADDY_VERSION}-builder AS builder
ARG TARGETOS
ARG TARGETARCH
ARG TARGETVARIANT
# xcaddy honours the usual Go env, so one native builder serves every platform:
#   linux/amd64  -> GOARCH=amd64
#   linux/arm64  -> GOARCH=arm64
#   linux/arm/v7 -> GOARCH=arm GOARM=7
RUN CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} GOARM=${TARGETVARIANT#v} \
    xcaddy build \
      --with github.com/caddy-dns/route53 \
      --with github.com/caddyserver/transform-encoder \
      --with github.com/porech/caddy-maxmind-geolocation \
      --output /usr/bin/caddy

FROM caddy:${CADDY_VERSION}
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
RUN caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile \
 && caddy list-modules | grep -q transform-encoder

EXPOSE 80 443 443/udp
CMD ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"]
