# corpus: modelled-on=nodejs/docker-node style dpkg-arch case for the Node tarball + global CLIs with native binaries (esbuild, @biomejs/biome) installed in the target stage
# corpus: expect=
FROM debian:bookworm-slim

ENV NODE_VERSION=22.11.0
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl xz-utils git; \
    rm -rf /var/lib/apt/lists/*; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
      amd64) NODE_ARCH='x64' ;; \
      arm64) NODE_ARCH='arm64' ;; \
      *) echo "unsupported architecture: $dpkgArch"; exit 1 ;; \
    esac; \
    curl -fsSLO "https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-${NODE_ARCH}.tar.xz"; \
    tar -xJf "node-v${NODE_VERSION}-linux-${NODE_ARCH}.tar.xz" -C /usr/local --strip-components=1 --no-same-owner; \
    rm "node-v${NODE_VERSION}-linux-${NODE_ARCH}.tar.xz"; \
    node --version

# npm resolves the per-platform optionalDependencies (@esbuild/linux-x64 vs
# @esbuild/linux-arm64) for whatever CPU this stage runs on.
RUN npm install -g esbuild@0.24.0 @biomejs/biome@1.9.4 pnpm@9.12.3 \
 && esbuild --version && biome --version

WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build
CMD ["node", "dist/index.js"]
