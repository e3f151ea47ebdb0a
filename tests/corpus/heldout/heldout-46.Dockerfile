# corpus: modelled-on=Node.js install scripts found via search (node-v${node_version}-linux-${node_arch}.tar.gz) + sharp prebuilt installs
# corpus: expect=AL301@9,AL205@16
FROM debian:bookworm-slim
ENV NODE_VERSION=20.15.0

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates xz-utils python3 make g++ \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLO "https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-x64.tar.xz" \
    && tar -xJf "node-v${NODE_VERSION}-linux-x64.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \
    && rm "node-v${NODE_VERSION}-linux-x64.tar.xz" \
    && node --version && npm --version

WORKDIR /srv/thumbs
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --arch=x64 --platform=linux
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
