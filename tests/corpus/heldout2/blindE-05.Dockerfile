# corpus: modelled-on=markhorsfield/docker-pi-hole Dockerfile (Debian, TARGETPLATFORM -> s6-overlay arch)
# corpus: expect=AL301@15
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/386
FROM debian:bookworm-slim

ARG S6_OVERLAY_VERSION=3.1.6.2
ARG TARGETPLATFORM
ENV DEBIAN_FRONTEND=noninteractive

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl dnsutils git iproute2 xz-utils \
    && rm -rf /var/lib/apt/lists/*

# map docker platform -> s6-overlay asset name
RUN case "${TARGETPLATFORM}" in \
        linux/amd64)  ARCH=x86_64 ;; \
        linux/arm64)  ARCH=aarch64 ;; \
        linux/arm/v7) ARCH=arm ;; \
        *) echo "unsupported platform ${TARGETPLATFORM}"; exit 1 ;; \
    esac \
    && curl -fsSL "https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz" | tar -C / -Jxpf - \
    && curl -fsSL "https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-${ARCH}.tar.xz" | tar -C / -Jxpf -

COPY install.sh /usr/local/bin/install.sh
RUN bash -ex /usr/local/bin/install.sh 2>&1 \
    && rm -rf /var/cache/apt/archives /var/lib/apt/lists/*

COPY s6/debian-root /
ENV S6_LOGGING=0 \
    S6_KEEP_ENV=1 \
    DNSMASQ_USER=root

EXPOSE 53 53/udp 67/udp 80
HEALTHCHECK CMD dig +norecurse +retry=0 @127.0.0.1 pi.hole || exit 1
ENTRYPOINT ["/init"]
