#syntax=docker/dockerfile:1-labs
ARG  REGISTRY=docker.io
ARG TAG
FROM python:3.12-alpine
RUN <<EOT bash
  set -ex
  pip install --no-cache-dir poetry
  poetry config virtualenvs.create false
EOT
RUN python3 <<"PY"
import platform
print(platform.machine())
PY
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
