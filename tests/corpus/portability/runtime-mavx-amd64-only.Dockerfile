# corpus: modelled-on=declared amd64-only
# corpus: platforms=linux/amd64
# corpus: expect=
FROM gcc:14
RUN gcc -O2 -mavx2 -o /usr/local/bin/x x.c
