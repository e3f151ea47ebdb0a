# corpus: modelled-on=puppeteer "Running Puppeteer in Docker" recipe + community node Dockerfiles adding the Google Chrome apt repo with a chromium fallback
# corpus: expect=AL202@4,AL203@12
ARG TARGETARCH
FROM --platform=$TARGETPLATFORM node:20-bookworm-slim

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    NODE_ENV=production

# Google only publishes Chrome for amd64; use Debian's chromium elsewhere
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg fonts-liberation \
 && if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSL https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
      && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list \
      && apt-get update \
      && apt-get install -y --no-install-recommends google-chrome-stable \
      && ln -s /usr/bin/google-chrome-stable /usr/local/bin/browser; \
    else \
      apt-get install -y --no-install-recommends chromium \
      && ln -s /usr/bin/chromium /usr/local/bin/browser; \
    fi \
 && rm -rf /var/lib/apt/lists/*

ENV PUPPETEER_EXECUTABLE_PATH=/usr/local/bin/browser
WORKDIR /home/node/app
COPY --chown=node:node package*.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
USER node
EXPOSE 3000
CMD ["node", "server.js"]
