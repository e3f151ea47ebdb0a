# corpus: modelled-on=flags chosen per TARGETARCH
# corpus: expect=
FROM debian:bookworm
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) export CFLAGS="-O2 -march=x86-64-v2 -msse4.2" ;; \
      arm64) export CFLAGS="-O2 -march=armv8-a+crc" ;; \
    esac; \
    ./configure && make
