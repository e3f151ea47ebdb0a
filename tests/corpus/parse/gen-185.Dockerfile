#syntax=docker/dockerfile:1-labs
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
FROM python:${PYTHON_VERSION}-${VARIANT} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
COPY . .
CMD python -m app

FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
