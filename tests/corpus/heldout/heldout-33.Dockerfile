# corpus: modelled-on=d3vfreak/debian-docker-games Dockerfile and wendal/xmake-docker Dockerfile (lib32gcc, dpkg --add-architecture i386)
# corpus: expect=AL304@6,AL304@11,AL304@12
FROM debian:bookworm-slim

ENV STEAMAPPDIR=/home/steam/server
RUN dpkg --add-architecture i386 \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        lib32gcc-s1 \
        lib32stdc++6 \
        gdb \
    && rm -rf /var/lib/apt/lists/*

RUN useradd -m -d /home/steam steam
USER steam
WORKDIR /home/steam
COPY --chown=steam:steam entry.sh /home/steam/entry.sh
VOLUME ${STEAMAPPDIR}
EXPOSE 27015/udp 27015/tcp
CMD ["bash", "/home/steam/entry.sh"]
