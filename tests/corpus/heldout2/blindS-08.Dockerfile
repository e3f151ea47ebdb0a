# corpus: modelled-on=steamcmd game-server base that uses i386 multilib on amd64 and box64 on arm64
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
ENV DEBIAN_FRONTEND=noninteractive STEAMCMD_DIR=/opt/steamcmd

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git tar \
 && rm -rf /var/lib/apt/lists/*

# amd64: native 32-bit steamcmd needs multilib; arm64: build box64 (x86_64 emulator) instead
RUN set -eux; \
    if [ "$TARGETARCH" = "amd64" ]; then \
        dpkg --add-architecture i386; \
        apt-get update; \
        apt-get install -y --no-install-recommends lib32gcc-s1 lib32stdc++6; \
    elif [ "$TARGETARCH" = "arm64" ]; then \
        apt-get update; \
        apt-get install -y --no-install-recommends cmake make gcc python3; \
        git clone --depth 1 https://github.com/ptitSeb/box64 /tmp/box64; \
        cmake -S /tmp/box64 -B /tmp/box64/build -DARM_DYNAREC=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo; \
        make -C /tmp/box64/build -j"$(nproc)" install; \
        rm -rf /tmp/box64; \
    else \
        echo "unsupported arch $TARGETARCH" >&2; exit 1; \
    fi; \
    rm -rf /var/lib/apt/lists/*

RUN useradd -m steam && mkdir -p ${STEAMCMD_DIR} && chown steam ${STEAMCMD_DIR}
USER steam
RUN curl -fsSL https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz | tar -xz -C ${STEAMCMD_DIR}
COPY --chown=steam run-steamcmd.sh /home/steam/
ENTRYPOINT ["/home/steam/run-steamcmd.sh"]
