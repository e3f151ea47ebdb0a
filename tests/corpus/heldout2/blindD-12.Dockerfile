# corpus: modelled-on=buildo/jre-wkhtmltopdf Dockerfile + golang:bookworm wkhtmltox install with arch taken from the system (wkhtmltopdf/packaging per-arch .deb)
# corpus: expect=
FROM python:3.12-slim-bookworm

ARG WKHTML_VERSION=0.12.6.1-3

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates fontconfig xfonts-75dpi xfonts-base fonts-dejavu-core; \
    debArch="$(dpkg --print-architecture)"; \
    curl -fsSL -o /tmp/wkhtmltox.deb \
      "https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTML_VERSION}/wkhtmltox_${WKHTML_VERSION}.bookworm_${debArch}.deb"; \
    apt-get install -y --no-install-recommends /tmp/wkhtmltox.deb; \
    rm -f /tmp/wkhtmltox.deb; \
    rm -rf /var/lib/apt/lists/*; \
    wkhtmltopdf --version

WORKDIR /srv/invoices
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "invoices.wsgi"]
