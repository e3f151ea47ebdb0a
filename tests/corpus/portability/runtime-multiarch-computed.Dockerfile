# corpus: modelled-on=docker-library style: triplet from dpkg-architecture
# corpus: expect=
FROM debian:bookworm
RUN set -eux; \
    gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
    ./configure --build="$gnuArch" --libdir="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)"; \
    make -j"$(nproc)"
