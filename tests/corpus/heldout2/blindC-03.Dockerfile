# corpus: modelled-on=nander.cc selenium-in-docker pattern (python:3.x + google-chrome-stable apt repo + chromedriver zip)
# corpus: expect=AL304@18,AL301@24
FROM python:3.12-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

RUN apt-get update && apt-get install -y --no-install-recommends \
        wget gnupg unzip ca-certificates fonts-liberation xvfb \
    && rm -rf /var/lib/apt/lists/*

# Chrome from Google's apt repo
RUN wget -qO- https://dl-ssl.google.com/linux/linux_signing_key.pub \
        | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
    && echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
        > /etc/apt/sources.list.d/google-chrome.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends google-chrome-stable \
    && rm -rf /var/lib/apt/lists/*

# matching driver from Chrome for Testing
ARG CHROME_DRIVER_VERSION=131.0.6778.85
RUN wget -q -O /tmp/chromedriver.zip \
        https://storage.googleapis.com/chrome-for-testing-public/${CHROME_DRIVER_VERSION}/linux64/chromedriver-linux64.zip \
    && unzip -j /tmp/chromedriver.zip chromedriver-linux64/chromedriver -d /usr/local/bin \
    && rm /tmp/chromedriver.zip

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "scrape.py"]
