# corpus: modelled-on=cypress/included custom images that dpkg -i google-chrome-stable_current_amd64.deb, plus the chrome-for-testing arm64 note (chromium fallback)
# corpus: expect=
FROM python:3.12-slim-bookworm

ARG TARGETARCH
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# Chrome stable is amd64-only; arm64 gets Debian's chromium + chromium-driver
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates fonts-liberation \
 && if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSLo /tmp/google-chrome-stable_current_amd64.deb https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
      && apt-get install -y --no-install-recommends /tmp/google-chrome-stable_current_amd64.deb \
      && rm /tmp/google-chrome-stable_current_amd64.deb \
      && ln -s /usr/bin/google-chrome-stable /usr/local/bin/chrome; \
    else \
      apt-get install -y --no-install-recommends chromium chromium-driver \
      && ln -s /usr/bin/chromium /usr/local/bin/chrome; \
    fi \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
# selenium >= 4.11 resolves a matching chromedriver through selenium-manager on amd64
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN useradd -m scraper
USER scraper
ENV CHROME_BIN=/usr/local/bin/chrome
CMD ["python", "scrape.py"]
