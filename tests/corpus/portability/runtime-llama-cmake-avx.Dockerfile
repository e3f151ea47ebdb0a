# corpus: modelled-on=llama.cpp-style CMake builds with AVX flags
# corpus: expect=AL402@6
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y build-essential cmake git
RUN git clone https://github.com/ggerganov/llama.cpp /llama && cd /llama \
 && cmake -B build -DLLAMA_NATIVE=OFF -DCMAKE_C_FLAGS="-mavx2 -mfma -mf16c" \
 && cmake --build build -j
