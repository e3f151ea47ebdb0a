# corpus: modelled-on=portable make/g++ flags
# corpus: expect=
FROM gcc:13
WORKDIR /src
COPY . .
RUN make CFLAGS="-O2 -Wall" LDFLAGS="-static"
RUN g++ -std=c++17 -O3 -funroll-loops -ffast-math -o /usr/local/bin/bench bench.cpp
