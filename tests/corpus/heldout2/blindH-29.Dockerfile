# corpus: modelled-on=Flask invoice service installing the patched-qt wkhtmltox .deb for $(dpkg --print-architecture)
# corpus: expect=
FROM python:3.11-slim-bookworm

ARG WKHTMLTOX_VERSION=0.12.6.1-3
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates fontconfig \
        xfonts-75dpi xfonts-base libjpeg62-turbo libxrender1 libxext6; \
    arch="$(dpkg --print-architecture)"; \
    deb="wkhtmltox_${WKHTMLTOX_VERSION}.bookworm_${arch}.deb"; \
    curl -fsSLO "https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTMLTOX_VERSION}/${deb}"; \
    apt-get install -y --no-install-recommends "./${deb}"; \
    rm -f "./${deb}"; \
    rm -rf /var/lib/apt/lists/*

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN useradd --system invoices
USER invoices
EXPOSE 5000
CMD ["gunicorn", "-b", "0.0.0.0:5000", "-w", "2", "invoices.wsgi:app"]
