# corpus: modelled-on=manylinux2014 + vcpkg custom triplet x64-linux-dynamic (GDAL wheel builders)
# corpus: expect=AL209@3,AL205@15
FROM quay.io/pypa/manylinux2014_x86_64:2024-10-28-1f56b3a

RUN yum install -y curl zip unzip tar perl-IPC-Cmd && yum clean all
RUN git clone https://github.com/microsoft/vcpkg.git /opt/vcpkg \
    && /opt/vcpkg/bootstrap-vcpkg.sh -disableMetrics
ENV PATH="/opt/vcpkg:${PATH}" \
    VCPKG_ROOT=/opt/vcpkg

COPY ci/triplets/ /opt/vcpkg/custom-triplets/
COPY vcpkg.json /work/
WORKDIR /work
RUN vcpkg install --overlay-triplets=/opt/vcpkg/custom-triplets \
        --triplet=x64-linux-dynamic \
        --x-install-root=/opt/deps
COPY . .
RUN /opt/python/cp312-cp312/bin/pip wheel . -w /dist \
    && auditwheel repair /dist/*.whl -w /wheelhouse
