# corpus: modelled-on=zeek/spicy CentOS Stream 9 CI image (config-manager, CRB, epel-release-latest-9.noarch.rpm)
# corpus: expect=
FROM quay.io/centos/centos:stream9

ENV DOCKERFILE_VERSION=20261101

# dnf config-manager isn't present in the minimal image
RUN dnf -y install 'dnf-command(config-manager)' \
    && dnf config-manager --set-enabled crb

# epel-release is noarch, the same rpm serves x86_64 and aarch64 hosts
RUN dnf -y install \
      https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm \
      https://dl.fedoraproject.org/pub/epel/epel-next-release-latest-9.noarch.rpm \
    && dnf -y update \
    && dnf -y install cmake gcc-c++ git make ninja-build \
         libpcap-devel openssl-devel python3-devel zlib-devel \
    && dnf clean all

# Libraries land in /usr/lib64 on both x86_64 and aarch64 EL systems.
ENV PKG_CONFIG_PATH=/usr/local/lib64/pkgconfig:/usr/lib64/pkgconfig \
    LD_LIBRARY_PATH=/usr/local/lib64

WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    && cmake --build build -j"$(nproc)" \
    && cmake --install build
CMD ["/bin/bash"]
