# corpus: modelled-on=Django/gunicorn service image with tini as PID 1 (global ARGs declared before FROM)
# corpus: expect=AL203@15
ARG TARGETARCH
ARG TINI_VERSION=v0.19.0

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libpq5 \
 && rm -rf /var/lib/apt/lists/*
ARG TINI_VERSION
RUN curl -fsSL -o /usr/local/bin/tini \
      "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH}" \
 && chmod +x /usr/local/bin/tini
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN python manage.py collectstatic --noinput \
 && useradd --uid 1001 --no-create-home app
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=4s CMD curl -fsS http://localhost:8000/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/tini", "--"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "4", "config.wsgi:application"]
