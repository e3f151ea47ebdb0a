# corpus: modelled-on=32-bit game server runtimes (BYOND-style) on Debian
# corpus: expect=AL304@4
FROM debian:bookworm-slim
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      libc6:i386 \
      libstdc++6:i386 \
      zlib1g:i386 \
 && rm -rf /var/lib/apt/lists/*
