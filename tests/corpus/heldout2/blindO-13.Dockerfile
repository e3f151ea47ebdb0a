# corpus: modelled-on=Fedora-based build image pinned to an amd64 platform for a "works on my laptop" fix
# corpus: expect=AL201@4
# Pinned because the arm64 Macs kept pulling the wrong image
FROM --platform=linux/amd64 fedora:40 AS toolchain

RUN dnf -y install gcc gcc-c++ make autoconf automake libtool \
        pkgconf-pkg-config openssl-devel libcurl-devel git \
    && dnf clean all

WORKDIR /build
COPY . .
RUN ./autogen.sh \
    && ./configure --prefix=/usr/local \
    && make -j"$(nproc)" \
    && make install DESTDIR=/staging

FROM fedora:40
RUN dnf -y install openssl libcurl && dnf clean all
COPY --from=toolchain /staging/usr/local/ /usr/local/
RUN ldconfig
USER nobody
ENTRYPOINT ["/usr/local/bin/syncd"]
