# corpus: modelled-on=cntrump/ubuntu-template (ld.so.conf.d with /usr/local/lib/x86_64-linux-gnu) + PKG_CONFIG_PATH for source-built libs
# corpus: expect=AL403@6,AL403@7,AL403@14
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
ENV LD_LIBRARY_PATH=/usr/local/lib:/usr/local/lib/x86_64-linux-gnu
ENV PKG_CONFIG_PATH=/usr/local/lib/x86_64-linux-gnu/pkgconfig:/usr/lib/x86_64-linux-gnu/pkgconfig

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential meson ninja-build pkg-config git ca-certificates \
        libglib2.0-dev libjson-glib-dev \
    && rm -rf /var/lib/apt/lists/*

RUN printf '/usr/local/lib\n/usr/local/lib/x86_64-linux-gnu\n' \
        > /etc/ld.so.conf.d/local.conf && ldconfig

WORKDIR /deps
RUN git clone --depth 1 -b 0.12.4 https://gitlab.freedesktop.org/libinput/libei.git \
    && meson setup libei/build libei --prefix=/usr/local -Dtests=disabled \
    && ninja -C libei/build install && ldconfig

WORKDIR /src
COPY . .
RUN meson setup build && ninja -C build
CMD ["./build/eis-demo"]
