# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG  REGISTRY=docker.io
ARG TAG
FROM node:20-alpine
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
onbuild COPY . .
ONBUILD   RUN   npm run build
