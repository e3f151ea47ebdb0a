# corpus: modelled-on=ARG ARCH with a default, used in the tag
# corpus: expect=AL209@4
ARG ARCH=arm64
FROM example/jetson-runtime:r36-${ARCH}
RUN echo ready
