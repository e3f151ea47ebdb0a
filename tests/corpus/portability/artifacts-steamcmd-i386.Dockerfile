# corpus: modelled-on=game server images (steamcmd) enabling i386
# corpus: expect=AL304@4,AL304@6
FROM debian:bookworm-slim
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends lib32gcc-s1 lib32stdc++6 ca-certificates curl
