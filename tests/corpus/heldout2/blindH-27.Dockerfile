# corpus: modelled-on=Celery worker image sharing a Django code base; comments mention the old compose `platform:` pin
# corpus: expect=
# NOTE: docker-compose.yml used to say `platform: linux/amd64` for this
# service; dropped now that the image is published for amd64 and arm64.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 gettext \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /srv/app
COPY requirements/ /tmp/req/
RUN pip install --no-cache-dir -r /tmp/req/worker.txt

COPY . .
RUN python -m compileall -q .

RUN useradd --uid 1001 --no-create-home celery
USER celery

HEALTHCHECK --interval=60s --timeout=10s \
  CMD celery -A config inspect ping -d "celery@$HOSTNAME" || exit 1
CMD ["celery", "-A", "config", "worker", "--loglevel=INFO", "--concurrency=4"]
