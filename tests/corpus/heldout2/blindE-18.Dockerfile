# corpus: modelled-on=legacy Modbus gateway C daemon kept building for 32-bit x86 (autotools, vendored .so)
# corpus: expect=AL303@13,AL402@15
# corpus: platforms=linux/amd64,linux/386
FROM debian:bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential autoconf automake libtool pkg-config libssl-dev libmodbus-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /build
COPY . .
COPY vendor/lib/x86_64/libmodbus-ext.so /usr/local/lib/

ENV CFLAGS="-O2 -pipe -m64 -fstack-protector-strong"
RUN ./autogen.sh \
    && ./configure --prefix=/usr/local --sysconfdir=/etc \
    && make -j"$(nproc)" \
    && make install \
    && ldconfig

RUN useradd -r -s /usr/sbin/nologin mbgw
USER mbgw
EXPOSE 502 5020
CMD ["/usr/local/sbin/mbgwd", "--foreground", "--config", "/etc/mbgw.conf"]
