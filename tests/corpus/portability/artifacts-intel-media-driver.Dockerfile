# corpus: modelled-on=media transcoding images (Jellyfin-like) with Intel VA drivers
# corpus: expect=AL304@4
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg intel-media-va-driver i965-va-driver
