# corpus: modelled-on=C daemon (mosquitto/haproxy-like) cross-built with Debian multiarch on amd64 CI to "make arm64 fast"
# corpus: expect=AL403@11,AL205@14
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
RUN dpkg --add-architecture arm64 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential pkg-config \
      gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
      libssl-dev:arm64 libcjson-dev:arm64 \
 && rm -rf /var/lib/apt/lists/*
ENV PKG_CONFIG_PATH=/usr/lib/aarch64-linux-gnu/pkgconfig
WORKDIR /src
COPY . .
RUN make -j"$(nproc)" CC=aarch64-linux-gnu-gcc WITH_TLS=yes \
 && make install DESTDIR=/out PREFIX=/usr

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 libcjson1 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -r -s /usr/sbin/nologin broker
COPY --from=build /out/usr/ /usr/
COPY broker.conf /etc/broker/broker.conf
USER broker
EXPOSE 1883 8883
CMD ["/usr/sbin/broker", "-c", "/etc/broker/broker.conf"]
