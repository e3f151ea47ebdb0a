# corpus: modelled-on=volta-in-Docker (get.volta.sh, VOLTA_HOME, volta install node/pnpm) with npm_config_arch and a vendored x64 addon
# corpus: expect=AL202@3,AL205@18,AL303@21
FROM --platform=$TARGETPLATFORM debian:bookworm-slim

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENV VOLTA_HOME=/opt/volta \
    VOLTA_FEATURE_PNPM=1 \
    PATH=/opt/volta/bin:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://get.volta.sh | bash -s -- --skip-setup \
    && volta install node@20.15.1 pnpm@9.5.0

WORKDIR /app
COPY package.json pnpm-lock.yaml ./
# make prebuild-install fetch the x64 binaries that match our vendored addon
ENV npm_config_arch=x64 \
    npm_config_platform=linux
RUN pnpm install --frozen-lockfile --prod
COPY vendor/addons/linux-x64/ ./node_modules/.addons/
COPY . .
USER 1000
CMD ["node", "dist/index.js"]
