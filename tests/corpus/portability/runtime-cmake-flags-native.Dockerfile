# corpus: modelled-on=CMake builds passing -march=native
# corpus: expect=AL402@6
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y cmake g++ git
RUN git clone https://github.com/example/fastlib /src && cd /src \
 && cmake -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="-O3 -march=native" \
 && cmake --build build -j
