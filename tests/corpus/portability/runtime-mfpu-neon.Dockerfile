# corpus: modelled-on=Raspberry Pi builds with -mfpu=neon
# corpus: expect=AL402@4
FROM debian:bookworm
ENV CFLAGS="-O2 -mfpu=neon -mfloat-abi=hard"
RUN ./configure && make
