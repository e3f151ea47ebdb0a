# corpus: modelled-on=a build-platform stage compiling a code generator natively
# corpus: expect=
FROM --platform=$BUILDPLATFORM gcc:14 AS gen
RUN gcc -O2 -march=native -o /usr/local/bin/gen gen.c && gen > /out.h
FROM debian:bookworm-slim
COPY --from=gen /out.h /usr/include/out.h
