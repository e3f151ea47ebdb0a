# corpus: modelled-on=images installing the Go toolchain tarball by hand
# corpus: expect=AL301@6
FROM ubuntu:24.04
ARG GO_VERSION=1.22.5
RUN apt-get update && apt-get install -y curl git \
 && curl -fsSL https://go.dev/dl/go${GO_VERSION}.linux-amd64.tar.gz | tar -C /usr/local -xz
ENV PATH=/usr/local/go/bin:$PATH
