# corpus: modelled-on=jellyfin/jellyfin docker image + jellyfin-ffmpeg per-arch .deb release assets
# corpus: expect=
FROM debian:bookworm-slim

ARG JELLYFIN_VERSION=10.10.3
ARG FFMPEG_VERSION=7.0.2-9
ENV DEBIAN_FRONTEND=noninteractive \
    JELLYFIN_DATA_DIR=/config \
    JELLYFIN_CACHE_DIR=/cache

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg libfontconfig1 \
 && rm -rf /var/lib/apt/lists/*

# jellyfin-ffmpeg is published per Debian arch (bookworm_amd64.deb, bookworm_arm64.deb)
RUN set -eux; \
    deb_arch="$(dpkg --print-architecture)"; \
    case "$deb_arch" in \
      amd64|arm64) ;; \
      *) echo "no jellyfin-ffmpeg build for $deb_arch" >&2; exit 1 ;; \
    esac; \
    curl -fsSL -o /tmp/jellyfin-ffmpeg.deb \
      "https://repo.jellyfin.org/files/ffmpeg/debian/7.x/${FFMPEG_VERSION}/${deb_arch}/jellyfin-ffmpeg7_${FFMPEG_VERSION}-bookworm_${deb_arch}.deb"; \
    # the web client is architecture independent
    curl -fsSL -o /tmp/jellyfin-web_all.deb \
      "https://repo.jellyfin.org/files/server/debian/stable/v${JELLYFIN_VERSION}/jellyfin-web_${JELLYFIN_VERSION}+deb12_all.deb"; \
    apt-get update; \
    apt-get install -y --no-install-recommends /tmp/jellyfin-ffmpeg.deb /tmp/jellyfin-web_all.deb; \
    rm -rf /tmp/*.deb /var/lib/apt/lists/*

COPY --chown=1000:1000 jellyfin/ /jellyfin/
EXPOSE 8096
VOLUME ["/config", "/cache"]
USER 1000:1000
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8096/health || exit 1
ENTRYPOINT ["/jellyfin/jellyfin", "--ffmpeg", "/usr/lib/jellyfin-ffmpeg/ffmpeg"]
