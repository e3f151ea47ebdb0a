# corpus: modelled-on=puppeteer-on-debian Dockerfiles (google-chrome-stable apt repo) + sharp Lambda installs (npm install --arch=x64 --platform=linux sharp)
# corpus: expect=AL304@12,AL205@18,AL303@20
FROM node:20-bookworm-slim

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg ca-certificates \
 && curl -fsSL https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends google-chrome-stable fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev \
 && npm install --no-save --arch=x64 --platform=linux --libc=glibc sharp@0.33.5
# prebuilt native addon from the internal build farm
COPY prebuilds/linux-x64/ ./node_modules/pdf-raster/build/Release/
COPY . .

USER node
EXPOSE 3000
CMD ["node", "server.js"]
