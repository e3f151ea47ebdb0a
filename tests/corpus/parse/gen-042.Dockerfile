# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG RUST_VERSION=1.77
from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli
FROM node:18 AS frontend
WORKDIR /ui
COPY ui/ .
RUN yarn install --frozen-lockfile \
 && yarn build \
 # the dist folder is copied later
 && rm -rf node_modules
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

FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS final
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
