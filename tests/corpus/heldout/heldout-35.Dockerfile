# corpus: modelled-on=ereyes01/linpack Dockerfile (gcc -O3 -march=native) + search hit CFLAGS="-O2 -march=native -pipe" build script
# corpus: expect=AL402@6,AL402@7
FROM gcc:13 AS build
COPY . /usr/src/linpack
WORKDIR /usr/src/linpack
ENV CFLAGS="-O2 -pipe -mavx2 -mfma"
RUN gcc -o linpack -O3 -march=native linpack.c -lm
RUN ./configure --prefix=/opt/bench && make -j"$(nproc)" && make install

FROM debian:bookworm-slim
COPY --from=build /usr/src/linpack/linpack /usr/local/bin/linpack
COPY --from=build /opt/bench /opt/bench
ENTRYPOINT ["linpack"]
