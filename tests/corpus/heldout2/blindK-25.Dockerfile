# corpus: modelled-on=xx-clang autotools cross build (libxml-based tool), final stage with redundant --platform=$TARGETPLATFORM
# corpus: expect=AL202@16
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx
FROM --platform=$BUILDPLATFORM debian:bookworm AS build
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld make autoconf automake libtool pkg-config
ARG TARGETPLATFORM
RUN xx-apt-get install -y libc6-dev libxml2-dev
WORKDIR /src
COPY . .
RUN autoreconf -fi \
    && ./configure --host="$(xx-clang --print-target-triple)" CC=xx-clang --prefix=/usr \
    && make -j"$(nproc)" && make DESTDIR=/out install

FROM --platform=$TARGETPLATFORM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libxml2 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/usr/ /usr/
ENTRYPOINT ["/usr/bin/xmlsquash"]
