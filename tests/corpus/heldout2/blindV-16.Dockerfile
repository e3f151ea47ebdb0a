# corpus: modelled-on=Edge AI camera service: Coral/GPIO python image with NEON-tuned native build
# corpus: expect=AL202@4,AL207@6,AL402@18,AL403@21
ARG PY_VERSION=3.11
FROM --platform=$TARGETPLATFORM python:${PY_VERSION}-slim-bookworm

ARG TARGETARCH=arm64
ARG LIBGPIOD_VERSION=2.1.3

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential autoconf automake libtool pkg-config curl ca-certificates \
        libatlas-base-dev libjpeg62-turbo-dev \
    && rm -rf /var/lib/apt/lists/*

# libgpiod from source for the v2 python bindings; tuned for the Pi's Cortex-A cores
WORKDIR /build
RUN curl -fsSL https://mirrors.edge.kernel.org/pub/software/libs/libgpiod/libgpiod-${LIBGPIOD_VERSION}.tar.xz | tar -xJ \
    && cd libgpiod-${LIBGPIOD_VERSION} \
    && ./autogen.sh --prefix=/usr/local --enable-tools CFLAGS="-O2 -mcpu=cortex-a72 -mfpu=neon-fp-armv8" \
    && make -j"$(nproc)" && make install && ldconfig

ENV LD_LIBRARY_PATH=/usr/local/lib:/usr/lib/aarch64-linux-gnu
WORKDIR /app
COPY requirements-${TARGETARCH}.txt ./requirements.txt
RUN pip install --no-cache-dir -r requirements.txt
COPY detector/ ./detector/
CMD ["python", "-m", "detector", "--gpio-chip", "gpiochip0"]
