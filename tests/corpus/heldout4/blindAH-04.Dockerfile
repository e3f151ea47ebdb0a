# corpus: modelled-on=company Node.js PDF/screenshot renderer using Puppeteer with Google Chrome and sharp
# corpus: expect=AL304@15,AL205@23
FROM node:18-bullseye

# Puppeteer should use the system Chrome, not download its own
ENV PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable

RUN apt-get update && apt-get install -y --no-install-recommends gnupg wget ca-certificates \
    && wget -q -O - https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor > /usr/share/keyrings/google.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/google.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
        > /etc/apt/sources.list.d/google-chrome.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        google-chrome-stable \
        fonts-liberation fonts-noto-color-emoji fonts-ipafont-gothic fonts-wqy-zenhei \
        libxss1 dumb-init \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /home/node/app
COPY package*.json ./
# sharp prebuilds: force x64 so the M1 people get the same binaries as CI
ENV npm_config_arch=x64 \
    npm_config_platform=linux
RUN npm ci --omit=dev

COPY --chown=node:node src ./src
USER node
EXPOSE 8080
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "src/index.js"]
