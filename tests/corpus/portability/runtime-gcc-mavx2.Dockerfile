# corpus: modelled-on=SIMD code compiled with -mavx2 -mfma
# corpus: expect=AL402@6
FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make
COPY simd.c /src/simd.c
RUN gcc -O3 -mavx2 -mfma -o /usr/local/bin/simd /src/simd.c
