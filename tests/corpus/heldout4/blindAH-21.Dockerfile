# corpus: modelled-on=company Node/Puppeteer HTML-to-PDF service: Chrome on amd64, Debian chromium elsewhere
# corpus: expect=
FROM node:20-bookworm-slim

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/browser
# Google only publishes google-chrome-stable for amd64, so arm64 falls back to chromium.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl gnupg \
        fonts-liberation fonts-noto-cjk fonts-noto-color-emoji dumb-init; \
    arch="$(dpkg --print-architecture)"; \
    if [ "$arch" = "amd64" ]; then \
        curl -fsSL https://dl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg; \
        echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list; \
        apt-get update; \
        apt-get install -y --no-install-recommends google-chrome-stable; \
        ln -s /usr/bin/google-chrome-stable /usr/bin/browser; \
    else \
        apt-get install -y --no-install-recommends chromium; \
        ln -s /usr/bin/chromium /usr/bin/browser; \
    fi; \
    rm -rf /var/lib/apt/lists/*

WORKDIR /home/node/app
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
USER node
EXPOSE 3000
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "server.js"]
