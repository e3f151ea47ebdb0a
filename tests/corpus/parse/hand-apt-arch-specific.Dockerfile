FROM ubuntu:22.04
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends libc6:i386 wine64 intel-media-va-driver-non-free \
 && curl -fsSLO https://example.org/pkg_1.0_amd64.deb \
 && dpkg -i pkg_1.0_amd64.deb
RUN ln -s /usr/lib/x86_64-linux-gnu/libfoo.so /usr/lib/libfoo.so
ENV LD_LIBRARY_PATH=/usr/lib/jvm/java-17-openjdk-amd64/lib
