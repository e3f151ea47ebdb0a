# corpus: modelled-on=arm64 CS2/Valheim images that compile box64 in a builder pinned to linux/arm64
# corpus: expect=AL201@3
FROM --platform=linux/arm64 debian:bookworm-slim AS box64

RUN apt-get update \
 && apt-get install -y --no-install-recommends git cmake make gcc python3 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 --branch v0.3.2 https://github.com/ptitSeb/box64 /src/box64 \
 && cmake -S /src/box64 -B /src/box64/build -DARM_DYNAREC=ON -DCMAKE_BUILD_TYPE=Release \
 && make -C /src/box64/build -j"$(nproc)" \
 && make -C /src/box64/build DESTDIR=/out install

FROM debian:bookworm-slim
ENV DEBIAN_FRONTEND=noninteractive CS2_DIR=/home/steam/cs2
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl libicu72 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=box64 /out/ /
RUN useradd -m steam
USER steam
WORKDIR /home/steam
RUN mkdir steamcmd \
 && curl -fsSL https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz | tar -xz -C steamcmd
COPY --chown=steam start-cs2.sh ./
EXPOSE 27015/tcp 27015/udp
ENTRYPOINT ["./start-cs2.sh"]
