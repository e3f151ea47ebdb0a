# corpus: modelled-on=community Valheim dedicated server images (steamcmd + lib32gcc + BepInEx doorstop)
# corpus: expect=AL304@9,AL304@13,AL303@22,AL403@24
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive \
    STEAMCMD_DIR=/opt/steamcmd \
    VALHEIM_DIR=/opt/valheim

RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates curl procps \
      lib32gcc-s1 \
      libatomic1 libpulse0 libsdl2-2.0-0 \
 && rm -rf /var/lib/apt/lists/*

RUN mkdir -p ${STEAMCMD_DIR} ${VALHEIM_DIR} \
 && curl -fsSL https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz | tar -xz -C ${STEAMCMD_DIR} \
 && ${STEAMCMD_DIR}/steamcmd.sh +force_install_dir ${VALHEIM_DIR} +login anonymous +app_update 896660 validate +quit

# BepInEx unix doorstop, vendored in the repo
COPY mods/doorstop/x86_64/libdoorstop.so ${VALHEIM_DIR}/doorstop_libs/
COPY mods/BepInEx/ ${VALHEIM_DIR}/BepInEx/
RUN ln -sf ${VALHEIM_DIR}/linux64/steamclient.so /usr/lib/x86_64-linux-gnu/steamclient.so

COPY start-valheim.sh /usr/local/bin/
EXPOSE 2456-2458/udp
WORKDIR ${VALHEIM_DIR}
ENTRYPOINT ["/usr/local/bin/start-valheim.sh"]
