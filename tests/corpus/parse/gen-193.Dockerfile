#syntax=docker/dockerfile:1-labs
ARG RUST_VERSION=1.77
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
