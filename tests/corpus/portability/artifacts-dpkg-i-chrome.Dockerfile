# corpus: modelled-on=selenium/puppeteer images installing Chrome's .deb
# corpus: expect=AL301@4,AL302@5
FROM node:20-bookworm
RUN wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
 && apt-get update && apt-get install -y ./google-chrome-stable_current_amd64.deb \
 && rm google-chrome-stable_current_amd64.deb
