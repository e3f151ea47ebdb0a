# corpus: modelled-on=oi-taa/App install_chrome.sh + Chrome-for-Testing chromedriver download (python selenium scraper)
# corpus: expect=AL301@9,AL302@10,AL301@15
FROM python:3.12-slim-bookworm

ARG CHROMEDRIVER_VERSION=131.0.6778.85

RUN apt-get update \
 && apt-get install -y --no-install-recommends wget unzip ca-certificates fonts-liberation \
 && wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
 && apt-get install -y --no-install-recommends ./google-chrome-stable_current_amd64.deb \
 && rm google-chrome-stable_current_amd64.deb \
 && rm -rf /var/lib/apt/lists/*

RUN wget -q -O /tmp/chromedriver.zip \
      "https://storage.googleapis.com/chrome-for-testing-public/${CHROMEDRIVER_VERSION}/linux64/chromedriver-linux64.zip" \
 && unzip -j /tmp/chromedriver.zip chromedriver-linux64/chromedriver -d /usr/local/bin \
 && rm /tmp/chromedriver.zip

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY scraper/ ./scraper/
RUN useradd -m scraper
USER scraper
CMD ["python", "-m", "scraper"]
