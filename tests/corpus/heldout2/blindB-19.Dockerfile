# corpus: modelled-on=node tarball installer scripts (NODE_DISTRO=linux-x64) + old sharp docs "npm install --arch=x64 --platform=linux sharp"
# corpus: expect=AL301@14,AL205@21
FROM ubuntu:24.04

ARG NODE_VERSION=20.18.1
ENV DEBIAN_FRONTEND=noninteractive \
    PATH=/opt/node/bin:$PATH

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl xz-utils python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

RUN mkdir -p /opt/node \
 && curl -fsSL "https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-x64.tar.xz" \
    | tar -xJ -C /opt/node --strip-components=1 \
 && node --version

WORKDIR /srv/thumbnailer
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm install --no-save --arch=x64 --platform=linux sharp@0.32.6

COPY src/ ./src/
RUN useradd --system --home /srv/thumbnailer thumb && chown -R thumb /srv/thumbnailer
USER thumb
EXPOSE 8080
CMD ["node", "src/index.js"]
