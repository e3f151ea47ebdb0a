# corpus: modelled-on=nvm-in-Docker pattern (nvm-sh/nvm README, NVM_DIR + nvm install) with sharp forced to the x64 prebuild
# corpus: expect=AL205@25
FROM ubuntu:22.04

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENV NVM_DIR=/usr/local/nvm \
    NODE_VERSION=20.15.1

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git python3 make g++ \
    && rm -rf /var/lib/apt/lists/*

# nvm resolves node-v$NODE_VERSION-linux-x64 / -linux-arm64 by itself
RUN mkdir -p "$NVM_DIR" \
    && curl -fsSL https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash \
    && . "$NVM_DIR/nvm.sh" \
    && nvm install "$NODE_VERSION" \
    && nvm alias default "$NODE_VERSION"
ENV PATH=$NVM_DIR/versions/node/v$NODE_VERSION/bin:$PATH

WORKDIR /srv/app
COPY package.json package-lock.json ./
# sharp ships prebuilt libvips per platform; pin the x64 one so the CI cache matches
RUN npm ci --omit=dev \
    && npm install --arch=x64 --platform=linux sharp@0.32.6
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
