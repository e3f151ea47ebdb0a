# corpus: modelled-on=qoala101/stk Dockerfile (conan 1.x profile update settings.arch=x86_64)
# corpus: expect=AL205@11
FROM debian:bookworm
WORKDIR /app
COPY conanfile.txt .
RUN apt-get update && \
    apt-get -y install cmake git clang-14 python3-pip && \
    pip --no-input install --break-system-packages "conan<2" && \
    conan profile new default --detect || true && \
    conan profile update settings.os=Linux default && \
    conan profile update settings.arch=x86_64 default && \
    conan profile update settings.compiler=clang default && \
    conan profile update settings.compiler.version=14 default && \
    conan profile update settings.compiler.libcxx=libstdc++11 default && \
    conan profile update env.CC=/usr/bin/clang-14 default && \
    conan profile update env.CXX=/usr/bin/clang++-14 default
RUN mkdir build && cd build && conan install .. --build=missing -pr=default
COPY . .
RUN cd build && cmake .. -DCMAKE_BUILD_TYPE=Release && make -j"$(nproc)"
CMD ["./build/bin/stk_server"]
