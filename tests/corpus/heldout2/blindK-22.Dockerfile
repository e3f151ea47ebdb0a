# corpus: modelled-on=prebuilt ARM GNU toolchain (host-arch selected with uname -m) for firmware builds; output is noarch .bin
# corpus: expect=
FROM debian:bookworm-slim
ARG GCC_ARM_VERSION=13.3.rel1
RUN apt-get update && apt-get install -y --no-install-recommends \
        curl ca-certificates xz-utils make cmake python3 git \
    && rm -rf /var/lib/apt/lists/*
# toolchain tarballs are named after the HOST: x86_64-arm-none-eabi / aarch64-arm-none-eabi
RUN HOST_ARCH="$(uname -m)" \
    && case "$HOST_ARCH" in x86_64|aarch64) ;; *) echo "no toolchain for $HOST_ARCH"; exit 1 ;; esac \
    && curl -fsSL "https://developer.arm.com/-/media/Files/downloads/gnu/${GCC_ARM_VERSION}/binrel/arm-gnu-toolchain-${GCC_ARM_VERSION}-${HOST_ARCH}-arm-none-eabi.tar.xz" \
       | tar -xJ -C /opt \
    && ln -s /opt/arm-gnu-toolchain-${GCC_ARM_VERSION}-${HOST_ARCH}-arm-none-eabi /opt/gcc-arm
ENV PATH=/opt/gcc-arm/bin:$PATH
WORKDIR /fw
COPY . .
RUN cmake -B build -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake \
        -DCMAKE_C_FLAGS="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard" \
    && cmake --build build
CMD ["ls", "-l", "/fw/build"]
