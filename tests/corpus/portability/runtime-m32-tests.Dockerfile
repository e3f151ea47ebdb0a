# corpus: modelled-on=32-bit test builds with -m32
# corpus: expect=AL402@5
FROM debian:bookworm
RUN apt-get update && apt-get install -y gcc make
RUN gcc -m32 -o /tmp/t32 test.c
