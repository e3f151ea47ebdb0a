# corpus: modelled-on=autotools C daemon (e.g. a small DNS/proxy server) built in a $BUILDPLATFORM stage with sed-patched configure
# corpus: expect=AL206@15
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential autoconf automake libtool pkg-config \
      libevent-dev libssl-dev curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY . .
# upstream hardcodes -Werror and an old rpath; strip both before configuring
RUN sed -i 's/ -Werror//' configure.ac \
 && sed -i 's|-Wl,-rpath,/usr/local/lib||' Makefile.am \
 && autoreconf -fi
RUN ./configure --prefix=/usr --sysconfdir=/etc && make -j"$(nproc)" && make DESTDIR=/out install

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libevent-2.1-7 libssl3 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd -r -s /usr/sbin/nologin proxyd
COPY --from=build /out/ /
USER proxyd
EXPOSE 8053/udp
CMD ["proxyd", "--foreground"]
