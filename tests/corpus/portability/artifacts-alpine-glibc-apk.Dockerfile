# corpus: modelled-on=Alpine images adding sgerrand's glibc .apk (no arch in the name: not detectable)
# corpus: expect=
FROM alpine:3.17
ENV GLIBC_VERSION=2.35-r1
RUN wget -q -O /etc/apk/keys/sgerrand.rsa.pub https://alpine-pkgs.sgerrand.com/sgerrand.rsa.pub \
 && wget https://github.com/sgerrand/alpine-pkg-glibc/releases/download/${GLIBC_VERSION}/glibc-${GLIBC_VERSION}.apk \
 && apk add --force-overwrite glibc-${GLIBC_VERSION}.apk
ENV LD_LIBRARY_PATH=/usr/glibc-compat/lib
