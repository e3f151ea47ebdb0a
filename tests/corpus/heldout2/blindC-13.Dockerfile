# corpus: modelled-on=Playwright python Docker pattern (pip install playwright && playwright install --with-deps chromium), branded chrome only on amd64
# corpus: expect=
FROM python:3.12-slim-bookworm

ARG TARGETARCH
ENV PLAYWRIGHT_BROWSERS_PATH=/ms-playwright \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && playwright install --with-deps chromium

# Branded Google Chrome is only published for amd64; arm64 images use bundled Chromium only
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        playwright install --with-deps chrome; \
    else \
        echo "skipping google-chrome channel on ${TARGETARCH}"; \
    fi

COPY tests/ tests/
COPY pytest.ini .
RUN useradd -m -u 1000 pw && chown -R pw /app
USER pw
CMD ["pytest", "-q", "--browser", "chromium", "tests/"]
