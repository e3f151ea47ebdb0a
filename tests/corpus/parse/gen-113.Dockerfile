# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG BASE_IMAGE=debian:bookworm-slim
FROM node:${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0
FROM continuumio/miniconda3 AS conda
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/mc.sh \
	&& bash /tmp/mc.sh -b -p /opt/conda \
	&& rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
