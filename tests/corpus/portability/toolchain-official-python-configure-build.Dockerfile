# corpus: modelled-on=docker-library/python Dockerfile template (configure --build from dpkg-architecture)
# corpus: expect=
FROM debian:bookworm-slim
ENV PYTHON_VERSION 3.12.4
RUN set -eux; \
    savedAptMark="$(apt-mark showmanual)"; \
    apt-get update; apt-get install -y --no-install-recommends dpkg-dev gcc libssl-dev make wget xz-utils zlib1g-dev; \
    wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \
    mkdir -p /usr/src/python; tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \
    cd /usr/src/python; \
    gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
    ./configure --build="$gnuArch" --enable-optimizations --with-lto; \
    arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
    EXTRA_CFLAGS="$(dpkg-buildflags --get CFLAGS)"; \
    case "$arch" in \
      amd64|arm64) EXTRA_CFLAGS="${EXTRA_CFLAGS:-} -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer" ;; \
      i386) ;; \
      *) EXTRA_CFLAGS="${EXTRA_CFLAGS:-} -fno-omit-frame-pointer" ;; \
    esac; \
    make -j "$(nproc)" "EXTRA_CFLAGS=${EXTRA_CFLAGS:-}"; \
    make install
