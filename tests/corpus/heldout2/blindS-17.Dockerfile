# corpus: modelled-on=Pi-hole + cloudflared DoH proxy images (cloudflared-linux-*.deb release assets)
# corpus: expect=AL202@3,AL301@12,AL302@13
FROM --platform=$TARGETPLATFORM pihole/pihole:2024.07.0

ENV TZ=Etc/UTC \
    DNSMASQ_LISTENING=all \
    PIHOLE_DNS_=127.0.0.1#5053

ARG CLOUDFLARED_VERSION=2024.11.1
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && curl -fsSLO https://github.com/cloudflare/cloudflared/releases/download/${CLOUDFLARED_VERSION}/cloudflared-linux-amd64.deb \
 && apt-get install -y ./cloudflared-linux-amd64.deb \
 && rm -f cloudflared-linux-amd64.deb \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -s /usr/sbin/nologin -r -M cloudflared

# s6 service that runs the DoH proxy next to FTL
COPY s6/cloudflared/ /etc/s6-overlay/s6-rc.d/cloudflared/
RUN touch /etc/s6-overlay/s6-rc.d/user/contents.d/cloudflared
COPY 99-edns.conf /etc/dnsmasq.d/

EXPOSE 53/tcp 53/udp 80/tcp
HEALTHCHECK CMD dig +short +norecurse +retry=0 @127.0.0.1 pi.hole || exit 1
