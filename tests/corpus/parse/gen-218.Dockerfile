# syntax=docker/dockerfile:1
ARG RUST_VERSION=1.77
FROM golang:1.21 AS builder
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/app
COPY . .
RUN go build -o /bin/server .
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build

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
