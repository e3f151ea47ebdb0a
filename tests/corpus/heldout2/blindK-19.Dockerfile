# corpus: modelled-on=legacy plugin SDK build needing 32-bit x86 (gcc-multilib + -m32), Steam/Source-mod style
# corpus: expect=AL304@5,AL304@9,AL304@10,AL402@17
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN dpkg --add-architecture i386 \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential git python3 \
        gcc-multilib g++-multilib \
        lib32stdc++-11-dev lib32z1-dev \
    && rm -rf /var/lib/apt/lists/*

RUN useradd -m builder
USER builder
WORKDIR /home/builder/plugin
COPY --chown=builder . .
ENV CFLAGS="-m32 -O2 -fPIC"
ENV CXXFLAGS="${CFLAGS} -std=c++17" \
    LDFLAGS="${CFLAGS}"
RUN make -C src -j"$(nproc)" && ls -l src/bin/
CMD ["bash"]
