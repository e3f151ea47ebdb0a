# corpus: modelled-on=soerenmetje/singularity-in-docker Dockerfile (Go toolchain via ENV ARCH, Apptainer built from source)
# corpus: expect=AL301@14
FROM ubuntu:24.04

ENV DEBIAN_FRONTEND=noninteractive
ENV OS=linux ARCH=amd64 GO_VERSION=1.24.6
ENV APPTAINER_VERSION=1.4.3

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential libseccomp-dev pkg-config uidmap squashfs-tools \
        fakeroot cryptsetup tzdata curl wget git ca-certificates \
    && rm -rf /var/lib/apt/lists/*

RUN wget -q -O /tmp/go.tgz https://dl.google.com/go/go${GO_VERSION}.${OS}-${ARCH}.tar.gz \
    && tar -C /usr/local -xzf /tmp/go.tgz \
    && rm /tmp/go.tgz
ENV PATH=/usr/local/go/bin:$PATH

WORKDIR /usr/src
RUN git clone --depth 1 --branch v${APPTAINER_VERSION} https://github.com/apptainer/apptainer.git \
    && cd apptainer \
    && ./mconfig --prefix=/usr/local \
    && make -C builddir -j"$(nproc)" \
    && make -C builddir install

COPY recipes/ /recipes/
WORKDIR /recipes
ENTRYPOINT ["apptainer"]
CMD ["--version"]
