# corpus: modelled-on=UIUC-Chatbot/ai-ta-backend setup.sh + oi-taa/App install_chrome.sh (google-chrome-stable_current_amd64.deb) in a puppeteer render service
# corpus: expect=AL201@3,AL301@11,AL302@12
FROM --platform=linux/amd64 node:20-bookworm-slim

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable

WORKDIR /tmp
RUN apt-get update \
 && apt-get install -y --no-install-recommends wget ca-certificates fonts-liberation fonts-noto-color-emoji dumb-init \
 && wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
 && apt-get install -y --no-install-recommends ./google-chrome-stable_current_amd64.deb \
 && rm -f google-chrome-stable_current_amd64.deb \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd -r pptr && useradd -r -m -g pptr -G audio,video pptr
WORKDIR /home/pptr/app
COPY --chown=pptr:pptr package*.json ./
RUN npm ci --omit=dev
COPY --chown=pptr:pptr . .
USER pptr
EXPOSE 3000
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "render-server.js"]
