# corpus: modelled-on=small homelab Plex image downloading plexmediaserver_*.deb from downloads.plex.tv
# corpus: expect=AL301@17,AL302@18
FROM ubuntu:24.04

ARG PLEX_VERSION=1.41.2.9200-c6bbc1b53
ENV DEBIAN_FRONTEND=noninteractive \
    PLEX_MEDIA_SERVER_HOME=/usr/lib/plexmediaserver \
    PLEX_MEDIA_SERVER_APPLICATION_SUPPORT_DIR="/config/Library/Application Support" \
    PLEX_MEDIA_SERVER_MAX_PLUGIN_PROCS=6

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates curl tzdata xmlstarlet uuid-runtime \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp
RUN curl -fsSLO https://downloads.plex.tv/plex-media-server-new/${PLEX_VERSION}/debian/plexmediaserver_${PLEX_VERSION}_amd64.deb \
 && dpkg -i plexmediaserver_${PLEX_VERSION}_amd64.deb \
 && rm -f /tmp/*.deb \
 && rm -rf /etc/default/plexmediaserver

COPY root/ /
RUN useradd -r -u 911 -d /config plex && mkdir -p /config /transcode && chown plex /config /transcode

EXPOSE 32400/tcp 1900/udp 32469/tcp
VOLUME /config /transcode
HEALTHCHECK --interval=1m CMD curl -fs http://127.0.0.1:32400/identity >/dev/null || exit 1
ENTRYPOINT ["/init"]
