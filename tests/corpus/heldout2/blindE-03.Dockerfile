# corpus: modelled-on=hotio/jellyfin linux-*.Dockerfile style (jellyfin repo + pinned jellyfin-ffmpeg .deb + jemalloc preload)
# corpus: expect=AL301@21,AL302@23,AL403@27
FROM debian:bookworm-slim

ARG DEBIAN_FRONTEND=noninteractive
ARG FFMPEG_VERSION=7.0.2-5

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg libjemalloc2 \
 && install -d /etc/apt/keyrings \
 && curl -fsSL https://repo.jellyfin.org/jellyfin_team.gpg.key | gpg --dearmor -o /etc/apt/keyrings/jellyfin.gpg \
 && echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/jellyfin.gpg] https://repo.jellyfin.org/debian bookworm main" \
      > /etc/apt/sources.list.d/jellyfin.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends jellyfin-server jellyfin-web \
 && rm -rf /var/lib/apt/lists/*

# pinned ffmpeg build, the repo one lags behind
WORKDIR /tmp
RUN curl -fsSLO \
      "https://repo.jellyfin.org/files/ffmpeg/debian/7.x/${FFMPEG_VERSION}/amd64/jellyfin-ffmpeg7_${FFMPEG_VERSION}-bookworm_amd64.deb" \
 && apt-get update \
 && apt-get install -y --no-install-recommends ./jellyfin-ffmpeg7_${FFMPEG_VERSION}-bookworm_amd64.deb \
 && rm -rf /tmp/*.deb /var/lib/apt/lists/*

RUN mkdir -p /usr/lib/jellyfin \
 && ln -s /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/lib/jellyfin/libjemalloc.so.2
ENV LD_PRELOAD=/usr/lib/jellyfin/libjemalloc.so.2 \
    JELLYFIN_DATA_DIR=/config \
    JELLYFIN_CACHE_DIR=/cache

EXPOSE 8096
VOLUME ["/config", "/cache"]
ENTRYPOINT ["/usr/bin/jellyfin", "--ffmpeg", "/usr/lib/jellyfin-ffmpeg/ffmpeg"]
