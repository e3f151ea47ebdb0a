# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
FROM alpine
CMD ["broken json", ]
ENTRYPOINT [not json]
RUN [ "a" ]
ADD ["https://example.org/file.tar.gz", "/tmp/"]
COPY ["a b.txt", "/dst/"]
HEALTHCHECK NONE
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
