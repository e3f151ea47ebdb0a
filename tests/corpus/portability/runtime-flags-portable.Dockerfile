# corpus: modelled-on=portable hardening flags
# corpus: expect=
FROM debian:bookworm
ENV CFLAGS="-O2 -g -pipe -fstack-protector-strong -D_FORTIFY_SOURCE=2"
ENV CXXFLAGS="$CFLAGS"
RUN ./configure --prefix=/usr && make -j"$(nproc)"
