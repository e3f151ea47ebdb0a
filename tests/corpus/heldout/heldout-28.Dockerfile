# corpus: modelled-on=debian:buster-slim chrome Dockerfile found via search (wget google-chrome-stable_current_amd64.deb; dpkg -i) + BadassMom7/docker-chrome-dev
# corpus: expect=AL301@10,AL302@12,AL301@17
FROM node:20-bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends wget unzip ca-certificates fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp
RUN wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
    && apt-get update \
    && (dpkg -i google-chrome-stable_current_amd64.deb || apt-get install -f -y --no-install-recommends) \
    && rm google-chrome-stable_current_amd64.deb \
    && rm -rf /var/lib/apt/lists/*

ARG CHROMEDRIVER_VERSION=126.0.6478.126
RUN wget -q https://storage.googleapis.com/chrome-for-testing-public/${CHROMEDRIVER_VERSION}/linux64/chromedriver-linux64.zip \
    && unzip chromedriver-linux64.zip \
    && mv chromedriver-linux64/chromedriver /usr/local/bin/ \
    && rm -rf chromedriver-linux64*

WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "index.js"]
