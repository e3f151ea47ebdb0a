# corpus: modelled-on=pypa/manylinux wheel builders (quay.io/pypa/manylinux2014_x86_64)
# corpus: expect=AL209@3
FROM quay.io/pypa/manylinux2014_x86_64
COPY . /io
RUN /opt/python/cp311-cp311/bin/pip wheel /io -w /io/wheelhouse
