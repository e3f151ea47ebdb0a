# corpus: modelled-on=osdev cross-compiler images (binutils/gcc configured with --target)
# corpus: expect=
FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential bison flex libgmp-dev libmpc-dev libmpfr-dev texinfo wget
WORKDIR /build
RUN wget -q https://ftp.gnu.org/gnu/binutils/binutils-2.42.tar.xz && tar xf binutils-2.42.tar.xz
RUN cd binutils-2.42 && ./configure --target=x86_64-elf --prefix=/opt/cross --disable-nls --with-sysroot && make -j"$(nproc)" && make install
