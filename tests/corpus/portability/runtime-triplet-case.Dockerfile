# corpus: modelled-on=LD_LIBRARY_PATH chosen per arch in a case
# corpus: expect=
FROM ubuntu:22.04
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) ln -s /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/lib/libjemalloc.so ;; \
      arm64) ln -s /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 /usr/lib/libjemalloc.so ;; \
    esac
ENV LD_PRELOAD=/usr/lib/libjemalloc.so
