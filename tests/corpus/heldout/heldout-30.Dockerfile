# corpus: modelled-on=efarrer/DockerChromeX11 Dockerfile, rewritten with Debian's multi-arch chromium
# corpus: expect=
FROM node:20-bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        chromium \
        chromium-driver \
        fonts-liberation \
        fonts-noto-color-emoji \
        dumb-init \
    && rm -rf /var/lib/apt/lists/*

ENV PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium \
    CHROME_BIN=/usr/bin/chromium

WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN useradd -m pptr && chown -R pptr /usr/src/app
USER pptr
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "render.js"]
