# corpus: modelled-on=Python builder Dockerfile found via search (case "$arch" in arm64) CFLAGS='-mcpu=neoverse-n1' ;; amd64) CFLAGS='-march=westmere ...')
# corpus: expect=
ARG PYTHON_VERSION=3.12.4
FROM debian:12 AS builder
ARG PYTHON_VERSION
SHELL ["/bin/bash", "-c"]
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential wget ca-certificates libssl-dev zlib1g-dev libffi-dev libsqlite3-dev libbz2-dev liblzma-dev \
    && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    arch="$(dpkg --print-architecture)"; \
    case "$arch" in \
        arm64) CFLAGS='-O2 -mcpu=neoverse-n1' ;; \
        amd64) CFLAGS='-O2 -march=x86-64-v2 -mtune=generic' ;; \
        *) echo >&2 "error: unsupported architecture $arch"; exit 1 ;; \
    esac; \
    export CFLAGS; \
    wget -qO python.tgz "https://www.python.org/ftp/python/${PYTHON_VERSION}/Python-${PYTHON_VERSION}.tgz"; \
    mkdir -p /src && tar -xzf python.tgz -C /src --strip-components=1; \
    cd /src; \
    gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
    ./configure --build="$gnuArch" --prefix=/opt/python --enable-optimizations --with-lto; \
    make -j"$(nproc)"; \
    make install

FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 zlib1g libffi8 libsqlite3-0 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /opt/python /opt/python
ENV PATH=/opt/python/bin:$PATH
CMD ["python3"]
