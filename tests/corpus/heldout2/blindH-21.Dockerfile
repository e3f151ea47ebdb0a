# corpus: modelled-on=project docs built with mkdocs-material and served by nginx-unprivileged
# corpus: expect=
FROM --platform=$BUILDPLATFORM python:3.12-alpine AS docs
RUN apk add --no-cache git
WORKDIR /docs
COPY docs/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY mkdocs.yml .
COPY docs ./docs
RUN mkdocs build --strict --site-dir /site

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=docs /site /usr/share/nginx/html
EXPOSE 8080
