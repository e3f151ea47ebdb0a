# corpus: modelled-on=company Django app (gunicorn) with WeasyPrint, psycopg and New Relic python agent
# corpus: expect=AL202@4
# someone added --platform here while debugging the M1 build; harmless but pointless
FROM --platform=$TARGETPLATFORM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    LANG=C.UTF-8 \
    DJANGO_SETTINGS_MODULE=shop.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential libpq-dev gettext \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libffi-dev \
        fonts-dejavu fonts-liberation shared-mime-info \
        postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements/ requirements/
# newrelic ships wheels for manylinux x86_64 and aarch64, pip picks the right one
RUN pip install --upgrade pip wheel \
    && pip install -r requirements/production.txt newrelic gunicorn

COPY . .
RUN python manage.py compilemessages && python manage.py collectstatic --noinput

RUN useradd --create-home --uid 10001 django && chown -R django /app
USER django
EXPOSE 8000
ENV NEW_RELIC_CONFIG_FILE=/app/newrelic.ini
CMD ["newrelic-admin", "run-program", "gunicorn", "shop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
