# corpus: modelled-on=Electron/Puppeteer e2e CI image with Google Chrome from Google's apt repo
# corpus: expect=AL304@10,AL205@17
FROM node:20-bookworm
RUN wget -q -O - https://dl.google.com/linux/linux_signing_key.pub \
      | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
      > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      google-chrome-stable \
      fonts-liberation \
      libxss1 \
      xvfb \
 && rm -rf /var/lib/apt/lists/*
ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable \
    npm_config_arch=x64 \
    npm_config_platform=linux \
    ELECTRON_CACHE=/root/.cache/electron \
    DISPLAY=:99
WORKDIR /project
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["sh", "-c", "Xvfb :99 -screen 0 1280x1024x24 & exec npm run test:e2e"]
