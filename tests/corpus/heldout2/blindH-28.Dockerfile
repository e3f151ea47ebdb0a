# corpus: modelled-on=HTML-to-PDF/screenshot API using Debian chromium + chromium-driver (instead of Google's amd64-only Chrome)
# corpus: expect=
FROM python:3.12-slim-bookworm

# Debian's chromium is built for arm64 too, unlike Google's Chrome .deb,
# so the same package list works for both images.
RUN apt-get update && apt-get install -y --no-install-recommends \
        chromium chromium-driver fonts-liberation fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*

ENV CHROME_BIN=/usr/bin/chromium \
    CHROMEDRIVER_PATH=/usr/bin/chromedriver \
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app

RUN useradd -m renderer
USER renderer
EXPOSE 8000
CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "app.main:app"]
