# syntax = docker/dockerfile:1.4

# Build file for the service
FROM python:3.11-slim as builder
RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        libpq-dev \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
COPY --from=builder /wheels /wheels
RUN pip install --no-cache /wheels/*

FROM nginx:1.25-alpine
COPY <<conf <<index /usr/share/nginx/html/
server { listen 80; }
conf
<html><body>hello</body></html>
index
RUN cat <<EOF > /docker-entrypoint.d/99-hello.sh && chmod +x /docker-entrypoint.d/99-hello.sh
#!/bin/sh
echo hello from $(hostname)
EOF

FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \
 && yarn build \
 # the dist folder is copied later
 && rm -rf node_modules

FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
