# corpus: modelled-on=pi-hole/docker-pi-hole (Alpine era): TARGETPLATFORM -> s6-overlay and FTL binary names
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/arm/v6,linux/386
FROM alpine:3.20

ARG TARGETPLATFORM
ARG S6_OVERLAY_VERSION=3.2.0.2
ARG FTL_BRANCH=master

RUN apk add --no-cache bash bind-tools curl libcap logrotate ncurses procps-ng \
        shadow sudo tzdata unzip xz

RUN set -e; \
    case "${TARGETPLATFORM}" in \
      "linux/amd64")  S6_ARCH=x86_64;  FTL_ARCH=amd64 ;; \
      "linux/arm64")  S6_ARCH=aarch64; FTL_ARCH=arm64 ;; \
      "linux/arm/v7") S6_ARCH=arm;     FTL_ARCH=armv7 ;; \
      "linux/arm/v6") S6_ARCH=armhf;   FTL_ARCH=armv6 ;; \
      "linux/386")    S6_ARCH=i686;    FTL_ARCH=386 ;; \
      *) echo "no mapping for ${TARGETPLATFORM}" >&2; exit 1 ;; \
    esac; \
    for part in noarch "${S6_ARCH}"; do \
      curl -fsSL "https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-${part}.tar.xz" \
        | tar -Jxpf - -C /; \
    done; \
    curl -fsSLo /usr/bin/pihole-FTL "https://ftl.pi-hole.net/${FTL_BRANCH}/pihole-FTL-${FTL_ARCH}"; \
    chmod +x /usr/bin/pihole-FTL

COPY --chmod=0755 bash_functions.sh start.sh /usr/bin/
COPY s6/ /etc/s6-overlay/

ENV S6_KEEP_ENV=1 \
    S6_BEHAVIOUR_IF_STAGE2_FAILS=2 \
    FTLCONF_dns_listeningMode=all

EXPOSE 53/tcp 53/udp 67/udp 80/tcp
HEALTHCHECK CMD dig +short +norecurse +retry=0 @127.0.0.1 pi.hole || exit 1
ENTRYPOINT ["/init"]
