# corpus: modelled-on=puppeteer images using Debian chromium on every arch
# corpus: expect=
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver fonts-liberation \
 && rm -rf /var/lib/apt/lists/*
ENV PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium
