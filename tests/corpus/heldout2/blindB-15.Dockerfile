# corpus: modelled-on=puppeteer/selenium images that install google-chrome-stable on amd64 and Debian chromium elsewhere
# corpus: expect=
FROM node:20-bookworm-slim

ARG TARGETARCH
ENV PUPPETEER_SKIP_DOWNLOAD=true

# Google only ships Chrome for linux/amd64 (google-chrome-stable_current_amd64.deb);
# on arm64 fall back to Debian's chromium build.
RUN set -eux; \
    apt-get update; \
    if [ "$TARGETARCH" = "amd64" ]; then \
      apt-get install -y --no-install-recommends curl ca-certificates; \
      curl -fsSLo /tmp/chrome.deb https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb; \
      apt-get install -y --no-install-recommends /tmp/chrome.deb; \
      rm /tmp/chrome.deb; \
      ln -s /usr/bin/google-chrome-stable /usr/local/bin/chrome; \
    else \
      apt-get install -y --no-install-recommends chromium; \
      ln -s /usr/bin/chromium /usr/local/bin/chrome; \
    fi; \
    apt-get install -y --no-install-recommends fonts-liberation fonts-noto-color-emoji; \
    rm -rf /var/lib/apt/lists/*

ENV PUPPETEER_EXECUTABLE_PATH=/usr/local/bin/chrome
WORKDIR /home/node/app
COPY --chown=node:node package*.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
USER node
CMD ["node", "render.js"]
