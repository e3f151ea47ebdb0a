# corpus: modelled-on=nodejs/docker-node Dockerfile template (ARCH= then a dpkg case to Node's spelling)
# corpus: expect=
FROM debian:bookworm-slim
ENV NODE_VERSION 20.15.0
RUN ARCH= && dpkgArch="$(dpkg --print-architecture)" \
    && case "${dpkgArch##*-}" in \
      amd64) ARCH='x64';; \
      ppc64el) ARCH='ppc64le';; \
      s390x) ARCH='s390x';; \
      arm64) ARCH='arm64';; \
      armhf) ARCH='armv7l';; \
      i386) ARCH='x86';; \
      *) echo "unsupported architecture"; exit 1 ;; \
    esac \
    && npm_config_arch=$ARCH node --version || true
