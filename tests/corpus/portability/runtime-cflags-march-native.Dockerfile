# corpus: modelled-on=scientific C builds with -march=native
# corpus: expect=AL402@4
FROM gcc:14
ENV CFLAGS="-O3 -march=native -ffast-math"
WORKDIR /src
COPY . .
RUN make -j"$(nproc)" && make install
