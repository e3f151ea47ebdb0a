# corpus: modelled-on=C library + tool built with autotools in a builder-native stage (libvips/imagemagick-style image)
# corpus: expect=AL206@16,AL209@23,AL403@25
ARG VIPS_VERSION=8.15.2

FROM --platform=$BUILDPLATFORM debian:bookworm AS build
ARG VIPS_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential pkg-config curl ca-certificates \
      libglib2.0-dev libexpat1-dev libjpeg62-turbo-dev libpng-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN curl -fsSL "https://github.com/libvips/libvips/releases/download/v${VIPS_VERSION}/vips-${VIPS_VERSION}.tar.xz" \
      | tar -xJ --strip-components=1
RUN ./configure --prefix=/opt/vips --disable-static \
 && make -j"$(nproc)" \
 && make install

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libglib2.0-0 libexpat1 libjpeg62-turbo libpng16-16 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=amd64/busybox:1.36-musl /bin/busybox /usr/local/bin/busybox
COPY --from=build /opt/vips /opt/vips
ENV LD_LIBRARY_PATH=/opt/vips/lib:/usr/lib/x86_64-linux-gnu
ENV PATH=/opt/vips/bin:$PATH
RUN useradd -r vips
USER vips
ENTRYPOINT ["vips"]
