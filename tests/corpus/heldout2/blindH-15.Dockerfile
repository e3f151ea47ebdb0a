# corpus: modelled-on=aiogram Telegram bot, poetry export in a builder stage, pip install in python:3.12-slim
# corpus: expect=
# Built with: docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/me/reminder-bot .
# (the dev laptop is an M2 and the VPS is x86_64, so both platforms get pushed)
FROM python:3.12-slim AS builder
ENV POETRY_VERSION=1.8.4
RUN pip install --no-cache-dir "poetry==$POETRY_VERSION" poetry-plugin-export
WORKDIR /src
COPY pyproject.toml poetry.lock ./
RUN poetry export --without-hashes --only main -f requirements.txt -o requirements.txt

FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 \
    TZ=Europe/Moscow
RUN apt-get update && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /bot
COPY --from=builder /src/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bot ./bot
RUN useradd --system --no-create-home bot
USER bot
CMD ["python", "-m", "bot"]
