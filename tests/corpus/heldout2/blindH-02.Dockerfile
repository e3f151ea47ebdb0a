# corpus: modelled-on=Django invoicing app rendering PDFs with the upstream wkhtmltox .deb (python:3.11-slim-bookworm)
# corpus: expect=AL301@16,AL302@17
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production

WORKDIR /code

# Debian's wkhtmltopdf is the unpatched-qt build (no headers/footers),
# so install the packaging release instead.
RUN apt-get update && apt-get install -y --no-install-recommends \
        curl ca-certificates fontconfig libjpeg62-turbo libxrender1 libxext6 \
        xfonts-75dpi xfonts-base libpq5 \
    && curl -fsSLO https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-3/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
    && apt-get install -y --no-install-recommends ./wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
    && rm -f wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
    && rm -rf /var/lib/apt/lists/*

COPY requirements/ requirements/
RUN pip install --no-cache-dir -r requirements/production.txt

COPY . .
RUN python manage.py collectstatic --noinput

RUN adduser --system --group django && chown -R django:django /code
USER django

EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4", "--timeout", "120"]
