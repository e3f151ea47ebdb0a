# corpus: modelled-on=Rocky 9 C daemon built natively with autotools on the build host and copied to a minimal image
# corpus: expect=AL206@11
FROM --platform=$BUILDPLATFORM rockylinux:9 AS build
RUN dnf -y install gcc make autoconf automake libtool pkgconf-pkg-config \
        libevent-devel openssl-devel \
    && dnf clean all
WORKDIR /usr/src/relayd
COPY . .
RUN autoreconf -fi \
    && ./configure --prefix=/usr --sysconfdir=/etc \
    && make -j"$(nproc)" \
    && make install DESTDIR=/out

FROM rockylinux:9-minimal
RUN microdnf -y install libevent openssl-libs shadow-utils \
    && microdnf clean all \
    && useradd -r -s /sbin/nologin relayd
COPY --from=build /out/usr/bin/relayd /usr/bin/relayd
COPY --from=build /out/etc/relayd.conf /etc/relayd.conf
USER relayd
EXPOSE 4443
ENTRYPOINT ["/usr/bin/relayd", "-f"]
