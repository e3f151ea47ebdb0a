# corpus: modelled-on=puppeteer PDF renderer installing google-chrome-stable from Google's apt repo (cf. puppeteer troubleshooting Dockerfile, buildkite/puppeteer)
# corpus: expect=AL304@17
FROM node:20-bookworm-slim

# Don't let puppeteer download its own Chromium, we use system Chrome.
ENV PUPPETEER_SKIP_DOWNLOAD=true \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/google-chrome-stable

RUN apt-get update \
 && apt-get install -y --no-install-recommends wget gnupg ca-certificates \
 && wget -q -O - https://dl-ssl.google.com/linux/linux_signing_key.pub \
      | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
      > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      google-chrome-stable fonts-ipafont-gothic fonts-wqy-zenhei \
      fonts-thai-tlwg fonts-kacst fonts-freefont-ttf libxss1 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /srv/renderer
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN groupadd -r pptr && useradd -r -g pptr -G audio,video pptr \
 && mkdir -p /home/pptr && chown -R pptr:pptr /home/pptr /srv/renderer
USER pptr
EXPOSE 8080
CMD ["node", "server.js"]
