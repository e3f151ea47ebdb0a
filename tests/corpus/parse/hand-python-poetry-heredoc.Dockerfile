# syntax=docker/dockerfile:1.7-labs
ARG PYTHON=3.12

FROM python:${PYTHON}-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    POETRY_VIRTUALENVS_IN_PROJECT=true
RUN <<EOT
#!/usr/bin/env bash
set -euxo pipefail
apt-get update -qy
apt-get install -qyy -o APT::Install-Recommends=false -o APT::Install-Suggests=false \
    build-essential \
    ca-certificates \
    python3-setuptools
rm -rf /var/lib/apt/lists/*
EOT
RUN --mount=type=cache,target=/root/.cache <<EOT
pip install poetry==1.8.2
EOT
WORKDIR /app
COPY --parents pyproject.toml poetry.lock ./
RUN --mount=type=cache,target=/root/.cache poetry install --only main --no-root

FROM python:${PYTHON}-slim-bookworm
COPY --from=build --link /app/.venv /app/.venv
COPY <<-"EOF" /app/start.sh
	#!/bin/sh
	exec /app/.venv/bin/gunicorn app:app --bind 0.0.0.0:${PORT:-8000}
	EOF
RUN chmod +x /app/start.sh
CMD ["/app/start.sh"]
