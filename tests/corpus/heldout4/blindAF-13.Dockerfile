# corpus: modelled-on=static socat build with a musl.cc cross toolchain, copied into alpine
# corpus: expect=AL301@9,AL205@12,AL402@13
FROM debian:bookworm-slim AS toolchain
ARG SOCAT_VERSION=1.8.0.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl make xz-utils \
 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /opt/cross \
 && curl -fsSL https://musl.cc/x86_64-linux-musl-cross.tgz \
  | tar -xz -C /opt/cross --strip-components=1
ENV PATH=/opt/cross/bin:$PATH \
    CC=x86_64-linux-musl-gcc \
    CFLAGS="-O2 -mavx2 -fPIC" \
    LDFLAGS="-static"
WORKDIR /build
RUN curl -fsSL http://www.dest-unreach.org/socat/download/socat-${SOCAT_VERSION}.tar.gz \
  | tar -xz --strip-components=1 \
 && ./configure --prefix=/usr/local --disable-openssl --disable-readline \
 && make -j"$(nproc)" \
 && make install DESTDIR=/out

FROM alpine:3.20
COPY --from=toolchain /out/usr/local/bin/socat /usr/local/bin/socat
RUN adduser -D -H -u 10001 relay
USER relay
ENTRYPOINT ["/usr/local/bin/socat"]
CMD ["TCP-LISTEN:5432,fork,reuseaddr", "TCP:db:5432"]
