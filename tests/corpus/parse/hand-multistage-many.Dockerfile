FROM node:20 AS web-deps
WORKDIR /w
COPY web/package*.json ./
RUN npm ci
FROM web-deps AS web-build
COPY web/ .
RUN npm run build
FROM golang:1.22 AS api-build
WORKDIR /a
COPY api/ .
RUN CGO_ENABLED=0 go build -o /api
FROM python:3.12-slim AS docs
RUN pip install mkdocs
COPY docs/ /docs
RUN mkdocs build -f /docs/mkdocs.yml -d /site
FROM nginx:alpine AS final
COPY --from=web-build /w/dist /usr/share/nginx/html
COPY --from=api-build /api /usr/local/bin/api
COPY --from=docs /site /usr/share/nginx/html/docs
COPY --from=2 /api /api-by-index
