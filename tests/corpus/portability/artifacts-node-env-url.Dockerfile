# corpus: modelled-on=custom Node.js installs with ENV NODE_ARCH
# corpus: expect=AL301@7
FROM ubuntu:22.04
ENV NODE_VERSION=20.15.0 \
    NODE_ARCH=x64
RUN apt-get update && apt-get install -y curl xz-utils \
 && curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-${NODE_ARCH}.tar.xz \
 && tar -xJf node-v${NODE_VERSION}-linux-${NODE_ARCH}.tar.xz -C /usr/local --strip-components=1
