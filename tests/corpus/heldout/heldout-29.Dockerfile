# corpus: modelled-on=kamraniswinner/dockeer google-chrome/Dockerfile (deb [arch=amd64] http://dl.google.com/linux/chrome/deb/)
# corpus: expect=AL304@17
FROM ubuntu:22.04

RUN apt-get update && apt-get install -y --no-install-recommends \
    wget \
    gnupg \
    ca-certificates \
    && rm -rf /var/lib/apt/lists/*

RUN wget -q -O - https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg

RUN echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
      > /etc/apt/sources.list.d/google-chrome.list

RUN apt-get update && apt-get install -y --no-install-recommends \
    google-chrome-stable \
    fonts-ipafont-gothic \
    fonts-freefont-ttf \
    && rm -rf /var/lib/apt/lists/*

RUN useradd -m -s /bin/bash chrome
USER chrome
CMD ["google-chrome-stable", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-address=0.0.0.0", "--remote-debugging-port=9222"]
