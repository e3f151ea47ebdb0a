# corpus: modelled-on=webdavis/docker-s6-overlay Dockerfile (ADD of s6-overlay noarch + arch tarball) with an ARCH-prefixed base image
# corpus: expect=AL209@5,AL301@17
ARG BASE_ARCH=amd64
ARG S6_OVERLAY_VERSION=3.2.0.2
FROM ${BASE_ARCH}/debian:bookworm-slim

ARG S6_OVERLAY_VERSION
ENV S6_KEEP_ENV=1 \
    S6_BEHAVIOUR_IF_STAGE2_FAILS=2

RUN apt-get update \
 && apt-get install -y --no-install-recommends xz-utils nginx-light ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# noarch holds the scripts, the second tarball holds the s6/execline binaries
ADD https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-noarch.tar.xz /tmp/
ADD https://github.com/just-containers/s6-overlay/releases/download/v${S6_OVERLAY_VERSION}/s6-overlay-x86_64.tar.xz /tmp/
RUN tar -C / -Jxpf /tmp/s6-overlay-noarch.tar.xz \
 && tar -C / -Jxpf /tmp/s6-overlay-x86_64.tar.xz \
 && rm -f /tmp/s6-overlay-*.tar.xz

COPY rootfs/ /
EXPOSE 80
HEALTHCHECK --interval=30s CMD ["/command/s6-svstat", "/run/service/nginx"]
ENTRYPOINT ["/init"]
