# corpus: modelled-on=puppeteer/selenium blog Dockerfiles that fetch google-chrome-stable_current_amd64.deb and apt-get install it
# corpus: expect=AL301@14,AL302@15
FROM node:20-bookworm-slim

ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome

RUN apt-get update \
 && apt-get install -y --no-install-recommends wget ca-certificates fonts-liberation \
      libasound2 libatk-bridge2.0-0 libgbm1 libnss3 libxss1 xdg-utils \
 && rm -rf /var/lib/apt/lists/*

# Chrome from Google's direct download
RUN cd /tmp && wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
 && apt-get update && apt-get install -y --no-install-recommends ./google-chrome-stable_current_amd64.deb \
 && rm -f google-chrome-stable_current_amd64.deb \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

RUN groupadd -r pptr && useradd -r -g pptr -G audio,video pptr \
 && chown -R pptr:pptr /app
USER pptr
EXPOSE 3000
CMD ["node", "server.js"]
